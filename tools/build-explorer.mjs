#!/usr/bin/env node
// Builds the explorer page and GraphiQL (explorer/ → explorer/dist/, served at / and /graphql by
// src/explorer.ts) with Vite, but only when dist is missing or older than its sources, so `npm start`
// stays quick.
//   node tools/build-explorer.mjs           build if needed (the prestart step)
//   node tools/build-explorer.mjs --force   build anyway (npm run build:explorer)
// Without Vite (an install with --omit=dev) it says so and exits 0: the server still starts
// and `/` explains how to build the page.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const explorer = join(root, 'explorer');
const builtPages = ['index.html', 'graphiql.html'].map((name) => join(explorer, 'dist', name));
/**
 * What the pages are built from: the lock file stands for the versions of sigma, graphology, GraphiQL
 * and Vite; the README gives GraphiQL its example queries.
 */
const SOURCES = [
  ...['index.html', 'graphiql.html', 'style.css', 'vite.config.ts', 'tsconfig.json', 'src'].map((name) => join(explorer, name)),
  ...['package-lock.json', 'README.md', join('tools', 'readme-examples.ts')].map((name) => join(root, name)),
];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function isUpToDate() {
  if (!builtPages.every((page) => existsSync(page))) return false;
  return Math.min(...builtPages.map((page) => statSync(page).mtimeMs)) >= Math.max(...SOURCES.map(newestChange));
}

const force = process.argv.includes('--force');
if (!force && isUpToDate()) process.exit(0);

let vite;
try {
  vite = await import('vite');
} catch {
  console.warn('explorer: Vite is not installed (dev dependencies omitted?); the page at / will say how to build it.');
  process.exit(0);
}

const started = performance.now();
try {
  await vite.build({ root: explorer, configFile: join(explorer, 'vite.config.ts'), logLevel: 'warn' });
} catch (error) {
  console.error(`explorer: the build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
console.log(`explorer: built the explorer and GraphiQL into explorer/dist in ${Math.round(performance.now() - started)} ms`);
