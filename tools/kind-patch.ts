// The test-only node kind of docs/architecture.md ("Adding a node kind") is a patch of the repository,
// test/fixtures/commitment-kind.patch, as a developer would write it; test/kind-patch.neo4j.test.ts applies
// it to a copy and runs the copy's type check and tests. To change the patch, or to carry it over when the
// code it touches moves:
//
//   npx tsx tools/kind-patch.ts open [DIR]   copies the repository's files to DIR (default: a new temporary
//                                            directory), commits them there as a repository of its own and
//                                            applies the patch (what does not apply is left in *.rej files)
//   (edit in DIR by hand)
//   npx tsx tools/kind-patch.ts write DIR    regenerates the printed and generated files in DIR (schema.graphql,
//                                            explorer/src/api-types.ts, the relay artifacts) and writes DIR's
//                                            changes back as the patch
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PATCH_FILE = join(ROOT, 'test/fixtures/commitment-kind.patch');
/** What the patch adds beside the kind itself: its fixture graph and its test. Not counted as the cost of a kind. */
export const FIXTURE_FILES = ['test/fixtures/commitments.ts', 'test/commitment.fixture.neo4j.test.ts'];

export const readPatch = () => readFileSync(PATCH_FILE, 'utf8');

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Copies the files git knows of (tracked, and new ones not ignored, as they are in the working tree) to
 * `dest`, and links the repository's node_modules there: the copy type-checks and tests as the repository does.
 */
export function copyRepository(dest: string): void {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter(Boolean);
  for (const file of files) {
    const source = join(ROOT, file);
    // Deleted in the working tree, not yet in the index.
    if (!existsSync(source) || !statSync(source).isFile()) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(source, join(dest, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

/** The files a patch in git's diff format changes, adds or removes, each once, in the patch's order. */
export function filesOfPatch(patch: string): string[] {
  const files = [...patch.matchAll(/^diff --git a\/(\S+) b\/(\S+)$/gm)].flatMap(([, from, to]) => [from!, to!]);
  return [...new Set(files)];
}

/** Writes the printed schema, the explorer's answer types and the relay artifacts of the copy in `dir` anew. */
export function regenerate(dir: string): void {
  const bin = (name: string) => join(dir, 'node_modules/.bin', name);
  run(bin('tsx'), ['src/schema/print.ts'], dir);
  run(bin('tsx'), ['tools/explorer-types.ts'], dir);
  run(bin('relay-compiler'), [], join(dir, 'test/clients/relay'));
}

function open(dir: string): void {
  mkdirSync(dir, { recursive: true });
  copyRepository(dir);
  const git = (...args: string[]) => run('git', ['-c', 'user.name=kind-patch', '-c', 'user.email=kind-patch@localhost', ...args], dir);
  git('init', '-q');
  writeFileSync(join(dir, '.git/info/exclude'), '/node_modules\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'the repository without the patch');
  if (!existsSync(PATCH_FILE)) return console.log(`${dir}: no patch yet; edit, then write`);
  try {
    git('apply', PATCH_FILE);
    console.log(`${dir}: patch applied; edit, then: npx tsx tools/kind-patch.ts write ${dir}`);
  } catch {
    // Applies what it can and leaves the rest beside each file in a .rej to carry over by hand.
    try {
      git('apply', '--reject', PATCH_FILE);
    } catch {}
    console.log(`${dir}: the patch no longer applies whole; resolve the *.rej files, delete them, then write`);
  }
}

function write(dir: string): void {
  regenerate(dir);
  run('git', ['add', '-A'], dir);
  const patch = run('git', ['diff', '--cached', 'HEAD'], dir);
  writeFileSync(PATCH_FILE, patch);
  const files = filesOfPatch(patch);
  console.log(`wrote ${PATCH_FILE}: ${files.length} files (${files.length - FIXTURE_FILES.length} without the fixture and its test)\n  ${files.join('\n  ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'open') open(dir ?? mkdtempSync(join(tmpdir(), 'kind-patch-')));
  else if (command === 'write' && dir) write(dir);
  else {
    console.error('usage: npx tsx tools/kind-patch.ts open [DIR] | write DIR');
    process.exit(1);
  }
}
