// The files read at run time (Cypher statements, the seed document and registry, the explorer's build) are
// found from the project root, in one place. This module sits one folder below the root (src/), and so does
// every file of the compiled build (dist/*.js, see tools/build-server.mjs), so one relative URL serves both.
const PROJECT_ROOT = new URL('../', import.meta.url);

/** The URL of a file or folder given relative to the project root: `projectFile('cypher/')`. */
export function projectFile(relativePath: string): URL {
  return new URL(relativePath, PROJECT_ROOT);
}
