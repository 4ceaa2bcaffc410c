#!/usr/bin/env node
// Compiles the server and the seed (src/, seed/ and what they import) to plain JavaScript in dist/, so
// production runs `node dist/server.js` and `node dist/seed.js` without tsx or TypeScript:
//   dist/server.js   the GraphQL server (what `npm start` runs from source)
//   dist/seed.js     the Neo4j seed (what `npm run seed` runs from source)
//   dist/research-worker.js  the embedded store's research thread, which the server starts (src/store/research-thread.ts)
// npm packages stay imports (installed with `npm ci --omit=dev`), not copied in. Every output file sits
// directly in dist/: src/project-files.ts finds cypher/, seed/source/ and explorer/dist/ one folder up
// from wherever its code runs, so it must stay one folder below the project root.
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: { server: 'src/server.ts', seed: 'seed/cli.ts', 'research-worker': 'src/store/research-worker.ts' },
  outdir,
  bundle: true,
  // Code the entries share, and the store chosen at start-up, go in chunks beside them.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Stack traces stay readable; `node --enable-source-maps` maps them to the TypeScript lines.
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const nested = Object.keys(result.metafile.outputs).filter((file) => dirname(join(root, file)) !== outdir);
if (nested.length > 0) {
  console.error(`build: every output must sit directly in dist/ (see src/project-files.ts), not ${nested.join(', ')}`);
  process.exit(1);
}
const scripts = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
console.log(`build: ${scripts.length} files in ${relative(process.cwd(), outdir) || '.'} in ${Math.round(performance.now() - started)} ms (node dist/server.js, node dist/seed.js)`);
