// The real server process on a Neo4j of its own (not the shared one the other Neo4j tests read):
// started while Neo4j is down, resuming by itself when it comes up, and riding out a Neo4j killed
// and restarted under load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { seedNeo4j } from '../seed/load-neo4j.ts';
import { startNeo4jLocal, type Neo4jLocal } from '../tools/neo4j-local-api.mjs';
import { freePort, startServer, type ServerProcess } from '../tools/server-process.ts';

/** The answers a client may get while the database is away; anything else is a bug. */
const OUTAGE_CODES = ['DATABASE_UNAVAILABLE', 'TIMEOUT'];
/** How long after Neo4j is back every request must succeed again. */
const RECOVERY_MS = 5_000;

const QUERIES = [
  '{ actor(key: "trade-unions") { name objectives { totalCount edges { basis node { number } } } } }',
  '{ paragraph(ref: "§22(d)") { ref actors { key } quotes { sourceLine } } }',
  '{ search(query: "skills partnerships", first: 3) { node { id } } }',
  '{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { length } }',
];

interface Outcome {
  at: number;
  ms: number;
  ok: boolean;
  status: number;
  codes: string[];
}

let port: number;
let dataDir: string;
let uri: string;
let server: ServerProcess;
let neo4j: Neo4jLocal | undefined;

async function query(text: string): Promise<Outcome> {
  const at = performance.now();
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: text }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'UNCODED');
  return { at, ms: performance.now() - at, ok: response.status === 200 && codes.length === 0, status: response.status, codes };
}

async function waitFor(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (await check().catch(() => false)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${withinMs} ms`);
}

const serverAlive = () => {
  try {
    process.kill(server.pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  port = await freePort();
  dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-outage-'));
  uri = `bolt://127.0.0.1:${port}`;
  server = await startServer({ env: { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: '' } });
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the server on a Neo4j that comes and goes', () => {
  it('starts with Neo4j down: alive, not ready, and queries answer DATABASE_UNAVAILABLE at once', async () => {
    expect((await fetch(`${server.origin}/health`)).status).toBe(200);
    const ready = await fetch(`${server.origin}/ready`);
    expect(ready.status).toBe(503);
    // Refused at once, but the ping's one retry (about 1 s later) can outlast READY_TIMEOUT_MS.
    expect(await ready.json()).toEqual({ status: 'unavailable', store: 'neo4j', cause: expect.stringMatching(/^(unreachable|no response)$/) });
    for (const text of QUERIES) {
      const outcome = await query(text);
      expect(outcome.status).toBe(200);
      expect(new Set(outcome.codes)).toEqual(new Set(['DATABASE_UNAVAILABLE']));
      expect(performance.now() - outcome.at).toBeLessThan(3_000);
    }
  });

  it('resumes by itself once Neo4j is up and seeded', async () => {
    neo4j = await startNeo4jLocal({ port, dataDir });
    await seedNeo4j({ NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: undefined }, loadSeedGraph().graph);
    await waitFor(async () => (await fetch(`${server.origin}/ready`)).status === 200, 10_000);
    for (const text of QUERIES) expect(await query(text)).toMatchObject({ ok: true });
  }, 120_000);

  it('rides out Neo4j killed and restarted under load: only outage codes while it is away, all well soon after it is back, never dead', async () => {
    const outcomes: Outcome[] = [];
    let loading = true;
    const clients = Array.from({ length: 8 }, async (_, client) => {
      for (let i = client; loading; i++) {
        const at = performance.now();
        outcomes.push(await query(QUERIES[i % QUERIES.length]!).catch(() => ({ at, ms: performance.now() - at, ok: false, status: 0, codes: ['NO_RESPONSE'] })));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const killedAt = performance.now();
    neo4j!.kill('SIGKILL');
    await new Promise((resolve) => neo4j!.child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    neo4j = await startNeo4jLocal({ port, dataDir });
    const backAt = performance.now();
    // Load on until a few requests sent after the recovery window have been answered (a cold Neo4j on a busy machine is slow).
    const settled = () => outcomes.filter((outcome) => outcome.at - backAt > RECOVERY_MS).length >= 8;
    await waitFor(async () => performance.now() - backAt > RECOVERY_MS + 2_000 && settled(), 30_000).catch(() => {});
    loading = false;
    await Promise.all(clients);

    // Before: answered before the kill. During: answered while Neo4j was away. After: sent once it was back.
    const endOf = (outcome: Outcome) => outcome.at + outcome.ms;
    const before = outcomes.filter((outcome) => endOf(outcome) < killedAt);
    const during = outcomes.filter((outcome) => endOf(outcome) >= killedAt && outcome.at < backAt);
    const after = outcomes.filter((outcome) => outcome.at >= backAt);
    const failedAfter = after.filter((outcome) => !outcome.ok);
    const lastFailure = failedAfter.at(-1);
    const summary = {
      before: before.length,
      during: `${during.filter((o) => !o.ok).length} failed of ${during.length}`,
      after: `${failedAfter.length} failed of ${after.length}`,
      recoveredWithinMs: lastFailure ? Math.round(lastFailure.at - backAt) : 0,
      codes: [...new Set(outcomes.flatMap((outcome) => outcome.codes))],
    };
    console.log('neo4j restart under load:', JSON.stringify(summary));
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((outcome) => outcome.ok)).toBe(true);
    expect(during.some((outcome) => !outcome.ok)).toBe(true);
    for (const outcome of outcomes.filter((o) => !o.ok)) {
      expect(outcome.status).toBe(200);
      for (const code of outcome.codes) expect(OUTAGE_CODES).toContain(code);
    }
    expect(after.filter((outcome) => outcome.at - backAt > RECOVERY_MS).every((outcome) => outcome.ok)).toBe(true);
    expect(after.filter((outcome) => outcome.at - backAt > RECOVERY_MS).length).toBeGreaterThan(0);
    expect(serverAlive(), server.stderr()).toBe(true);
    expect((await fetch(`${server.origin}/ready`)).status).toBe(200);
  }, 120_000);
});
