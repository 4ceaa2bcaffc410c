import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Node loads graphql-js through its CommonJS entry for Pothos and Yoga; our own files must get
  // that same instance, not the .mjs build Vite would pick, or graphql-js sees two realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.neo4j.test.ts'] },
      },
      {
        // A real Neo4j, started (or taken from NEO4J_URI) and seeded once; its files share one
        // database, so they run one after another.
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/**/*.neo4j.test.ts'],
          globalSetup: ['test/setup/neo4j-global.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
