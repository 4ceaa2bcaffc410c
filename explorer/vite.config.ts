import { defineConfig } from 'vite';

// Run as `vite build explorer`: the root is this folder and the output explorer/dist,
// which src/explorer.ts serves at / and /assets/*. Everything is bundled: no CDN, works offline.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // sigma + graphology are one chunk of ~250 kB; splitting it buys nothing for a single page.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite explorer` for live editing, against `npm start` on port 4000.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
