// What clients see when Neo4j is out of reach, refuses us, is no Bolt server, is frozen or slow, on
// real connections (no mocks).
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import { DEADLINE_MARGIN_MS, readRecords } from '../src/store/neo4j/run.ts';
import { startNeo4jLocal, type Neo4jLocal } from '../tools/neo4j-local-api.mjs';
import { startServer, type ServerProcess } from '../tools/server-process.ts';
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
  it('answers DATABASE_UNAVAILABLE, quickly, and a store read rejects with it', async () => {
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
      await expect(store.seedVersion()).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
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
      // A cold Neo4j on a busy machine may miss the first reads' deadline (TIMEOUT); the store keeps trying on each call.
      for (let started = performance.now(); ; ) {
        const failure = await store.seedVersion().then(() => undefined, (error: { extensions?: { code?: string } }) => error);
        if (!failure) break;
        expect(failure.extensions?.code).toBe('TIMEOUT');
        if (performance.now() - started > 60_000) throw new Error('the store did not answer within 60 s of Neo4j being up');
      }
      // An empty database: no error, no actor.
      const response = await execute(`{ actor(key: "iom") { key } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data.actor).toBeNull();
    } finally {
      await store.close();
      await local?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
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

describe('Neo4j with auth on that refuses our password, a URI that is no Bolt server, a frozen Neo4j', () => {
  const PASSWORD = 'known-test-password';
  const WRONG_PASSWORD = 'wrong-password-kept-out-of-logs';
  const URI_SECRET = 'uri-secret-kept-out-of-logs';
  const TX_TIMEOUT_MS = 2_000;
  /** The documented bound, NEO4J_TX_TIMEOUT_MS plus the client's margin, and slack for HTTP and a busy machine. */
  const BOUND_MS = TX_TIMEOUT_MS + DEADLINE_MARGIN_MS + 1_500;
  const QUERY = '{ actor(key: "iom") { key } }';
  const OUTAGE_CODES = ['DATABASE_UNAVAILABLE', 'TIMEOUT'];

  let local: Neo4jLocal | undefined;
  let dataDir: string | undefined;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-auth-'));
    local = await startNeo4jLocal({ dataDir, password: PASSWORD });
  });

  afterAll(async () => {
    local?.kill('SIGCONT');
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await local?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** The real server process (`npx tsx src/server.ts`) on the given Neo4j settings. */
  async function serverOn(env: Record<string, string>): Promise<ServerProcess> {
    const server = await startServer({ env: { NEO4J_USER: 'neo4j', NEO4J_DATABASE: '', NEO4J_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS), ...env } });
    servers.push(server);
    return server;
  }

  async function timed<T>(work: () => Promise<T>): Promise<T & { ms: number }> {
    const started = performance.now();
    const result = await work();
    return { ...result, ms: performance.now() - started };
  }

  const query = (server: ServerProcess) =>
    timed(async () => {
      const response = await fetch(`${server.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      return { status: response.status, codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'UNCODED') };
    });

  const download = (server: ServerProcess) =>
    timed(async () => {
      const response = await fetch(`${server.origin}/export/graph.json`);
      return { status: response.status, text: await response.text() };
    });

  const readiness = (server: ServerProcess) =>
    timed(async () => {
      const response = await fetch(`${server.origin}/ready`);
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    });

  async function waitFor(check: () => Promise<boolean>, withinMs: number): Promise<void> {
    const started = performance.now();
    while (!(await check().catch(() => false))) {
      if (performance.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The request log line of `path` that names a store failure, once it has arrived on the server's stdout. */
  async function failureLine(server: ServerProcess, path: string) {
    const find = () => server.logs.find((line) => line.msg === 'request' && line.path === path && line.storeFailures);
    await waitFor(async () => find() !== undefined, 5_000);
    return find()!;
  }

  /** GraphQL answers the code in a 200, /export a 503 with the code, /ready a 503 naming the cause; all within BOUND_MS. */
  async function expectRefused(server: ServerProcess, codes: string[], cause: string) {
    const answer = await query(server);
    expect(answer.status).toBe(200);
    expect(answer.codes.length).toBeGreaterThan(0);
    for (const code of answer.codes) expect(codes).toContain(code);
    expect(answer.ms).toBeLessThan(BOUND_MS);

    const exported = await download(server);
    console.log(`${cause}:`, JSON.stringify({ boundMs: BOUND_MS, queryMs: Math.round(answer.ms), codes: answer.codes, exportMs: Math.round(exported.ms), exportStatus: exported.status }));
    expect(exported.status, exported.text).toBe(503);
    expect(codes).toContain(JSON.parse(exported.text).errors[0].extensions.code);
    expect(exported.ms).toBeLessThan(BOUND_MS);

    const ready = await readiness(server);
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', store: 'neo4j', cause });

    for (const path of ['/graphql', '/export/graph.json']) {
      expect(await failureLine(server, path)).toMatchObject({ level: 'warn', storeFailures: [expect.objectContaining({ cause })] });
    }
  }

  /** Nothing the server wrote holds a secret. */
  function expectNoSecretIn(server: ServerProcess) {
    const written = JSON.stringify(server.logs) + server.stderr();
    for (const secret of [PASSWORD, WRONG_PASSWORD, URI_SECRET]) expect(written).not.toContain(secret);
  }

  it('a frozen Neo4j (SIGSTOP): TIMEOUT or DATABASE_UNAVAILABLE within NEO4J_TX_TIMEOUT_MS + margin, /ready 503 "no response"; ready again once a read succeeds after SIGCONT', async () => {
    const server = await serverOn({ NEO4J_URI: local!.uri, NEO4J_PASSWORD: PASSWORD });
    // A cold Neo4j plans its first statements slowly on a busy machine: warm up until they answer in time.
    await waitFor(async () => (await query(server)).codes.length === 0 && (await download(server)).status === 200, 60_000);
    expect((await readiness(server)).status).toBe(200);

    local!.kill('SIGSTOP');
    try {
      // Several at once: one takes the pooled connection and waits on it, the others wait for a new one.
      const answers = await Promise.all([query(server), query(server), query(server)]);
      console.log('frozen neo4j:', JSON.stringify({ boundMs: BOUND_MS, answers: answers.map((answer) => ({ ms: Math.round(answer.ms), codes: answer.codes })) }));
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.codes.length).toBeGreaterThan(0);
        for (const code of answer.codes) expect(OUTAGE_CODES).toContain(code);
        expect(answer.ms).toBeLessThan(BOUND_MS);
      }
      await expectRefused(server, OUTAGE_CODES, 'no response');
    } finally {
      local!.kill('SIGCONT');
    }

    // Ready again only through a read that succeeds: each /ready reads, nothing is remembered from before.
    await waitFor(async () => (await readiness(server)).status === 200, 30_000);
    expect(await query(server)).toMatchObject({ status: 200, codes: [] });
    expect((await download(server)).status).toBe(200);
    expectNoSecretIn(server);
  }, 120_000);

  it('a wrong password: DATABASE_UNAVAILABLE, /export 503, /ready 503 "authentication", a log line that says so without the password', async () => {
    const server = await serverOn({ NEO4J_URI: local!.uri, NEO4J_PASSWORD: WRONG_PASSWORD });
    await expectRefused(server, ['DATABASE_UNAVAILABLE'], 'authentication');
    expect((await failureLine(server, '/graphql')).storeFailures[0].detail).toMatch(/^Neo\.ClientError\.Security\.\w+: /);
    expectNoSecretIn(server);
  }, 60_000);

  it('NEO4J_URI naming an HTTP port: DATABASE_UNAVAILABLE, /export 503, /ready 503 "not a Bolt server", the URI\'s credentials kept out of the log', async () => {
    const web = createHttpServer((_request, response) => response.end('<html>not Neo4j</html>'));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = web.address() as { port: number };
      const server = await serverOn({ NEO4J_URI: `bolt://neo4j:${URI_SECRET}@127.0.0.1:${port}`, NEO4J_PASSWORD: PASSWORD });
      await expectRefused(server, ['DATABASE_UNAVAILABLE'], 'not a Bolt server');
      expect((await failureLine(server, '/graphql')).storeFailures[0].detail).toMatch(/Server responded HTTP/);
      expectNoSecretIn(server);
    } finally {
      web.closeAllConnections();
      await new Promise((resolve) => web.close(resolve));
    }
  }, 60_000);
});
