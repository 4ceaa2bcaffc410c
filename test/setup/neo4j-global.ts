// Vitest global setup for the *.neo4j.test.ts files: a real Neo4j with the extracted graph in it.
// NEO4J_URI set: that database is used (and seeded: the seed is idempotent). Unset: the local launcher
// (tools/neo4j-local, Neo4j 5.26 embedded, auth off) starts on a free port over a temporary data
// directory and stops at teardown. There is no skip path: no Neo4j means the run fails, in CI and out.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4jLocal, type Neo4jLocal } from '../../tools/neo4j-local-api.mjs';
import { loadSeedGraph } from '../../seed/extract.ts';
import { seedNeo4j } from '../../seed/load-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the seeded Neo4j the tests read. */
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  let local: Neo4jLocal | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;

  const teardown = async () => {
    await local?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    if (!uri) {
      dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-neo4j-'));
      local = await startNeo4jLocal({ port: 0, dataDir });
      uri = local.uri;
    }
    const seeded = await seedNeo4j(
      { NEO4J_URI: uri, NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '', NEO4J_DATABASE: process.env.NEO4J_DATABASE || undefined },
      loadSeedGraph().graph,
    );
    console.log(`neo4j test setup: ${uri} ${local ? 'started' : 'given'} and seeded in ${Math.round(performance.now() - started)} ms (seed ${seeded.elapsedMs} ms)`);
  } catch (error) {
    await teardown();
    throw new Error(`Neo4j tests need a Neo4j: set NEO4J_URI, or let the local launcher start (Java 17+, Maven for the first build). ${(error as Error).message}`, { cause: error });
  }

  project.provide('neo4jUri', uri);
  return teardown;
}
