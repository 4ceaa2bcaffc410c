import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { readmeExamples } from '../tools/readme-examples.ts';

// Run as `vite build explorer`: the root is this folder and the output explorer/dist, which
// src/explorer.ts serves at / (the explorer), /graphql (GraphiQL, to browsers) and /assets/*.
// Everything is bundled, Monaco's workers included: no CDN, works offline.

const README = new URL('../README.md', import.meta.url);
const EXAMPLES_MODULE = 'virtual:readme-examples';

/** GraphiQL's presets are the README's example queries, read by the parser the README test uses. */
function readmeExamplesModule(): Plugin {
  return {
    name: 'readme-examples',
    resolveId: (id) => (id === EXAMPLES_MODULE ? `\0${EXAMPLES_MODULE}` : null),
    load(id) {
      if (id !== `\0${EXAMPLES_MODULE}`) return null;
      this.addWatchFile(README.pathname);
      const examples = readmeExamples(readFileSync(README, 'utf8')).map(({ title, query, operationName }) => ({ title, query, operationName }));
      return `export default ${JSON.stringify(examples)};`;
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [readmeExamplesModule()],
  build: {
    outDir: 'dist',
    // Vite's default names put each file's content hash in its name under assets/ (workers too), which is
    // why src/explorer.ts lets browsers keep them for a year; test/graphiql.browser.test.ts checks the names.
    emptyOutDir: true,
    target: 'es2022',
    // Sizes after gzip are only printed, and gzipping every chunk of Monaco costs start-up time.
    reportCompressedSize: false,
    // Monaco is one chunk of a few MB; splitting it buys nothing for a page that needs all of it.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: { explorer: 'index.html', graphiql: 'graphiql.html' },
      onwarn(warning, warn) {
        // framer-motion's "use client" marks React server components, which this page has none of.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    // `npx vite explorer` for live editing, against `npm start` on port 4000.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
