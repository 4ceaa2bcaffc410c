// What clients see when Neo4j is out of reach or slow, on real connections (no mocks).
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import { readRecords } from '../src/store/neo4j/run.ts';
import { startNeo4jLocal } from '../tools/neo4j-local-api.mjs';
import { executorFor, onlyError } from './helpers.ts';
import { neo4jTestConfig, openNeo4jStore } from './setup/neo4j.ts';

/** A port nothing listens on: taken from the OS, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Neo4j out of reach', () => {
  it('answers DATABASE_UNAVAILABLE, quickly, and ping() rejects with it', async () => {
    const store = await openNeo4jStore({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    try {
      const { execute } = executorFor(store);
      const started = performance.now();
      const response = await execute(`{ actor(key: "iom") { key } }`);
      // Bounded by the driver's retry budget (1 s, then one back-off), not its default 30 s.
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(response.status).toBe(200);
      expect(onlyError(response).extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(response)).not.toMatch(/bolt:|ECONNREFUSED|stack/);
      await expect(store.ping()).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    } finally {
      await store.close();
    }
  });

  it('recovers by itself once Neo4j comes up: the store made while it was down starts answering', async () => {
    const port = await freePort();
    const store = await openNeo4jStore({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
    const dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-recovery-'));
    const { execute } = executorFor(store);
    let local: Awaited<ReturnType<typeof startNeo4jLocal>> | undefined;
    try {
      expect(onlyError(await execute(`{ actor(key: "iom") { key } }`)).extensions?.code).toBe('DATABASE_UNAVAILABLE');
      local = await startNeo4jLocal({ port, dataDir });
      await store.ping();
      // An empty database: no error, no actor.
      const response = await execute(`{ actor(key: "iom") { key } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data.actor).toBeNull();
    } finally {
      await store.close();
      await local?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a slow read', () => {
  it('is stopped at NEO4J_TX_TIMEOUT_MS and answers TIMEOUT', async () => {
    const config = neo4jTestConfig();
    const driver = acquireDriver(config);
    try {
      const slow = 'UNWIND range(1, 10000000000) AS x RETURN sum(x) AS total';
      await expect(readRecords(driver, { database: config.NEO4J_DATABASE, timeoutMs: 200 }, slow)).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    } finally {
      await releaseDriver(driver);
    }
  });
});
