// Servers as a fleet runs them: real server processes on one Neo4j (over its routing URI), first each with
// its own response cache, then sharing one in a real redis-server, across re-seeds. Which requests ran and
// which were answered from a cache is read from each server's request log: a request that executed logs its
// store round trips, one answered from the cache never executes. Leaves the database holding the extracted
// graph, as the other *.neo4j.test.ts files expect.
import { Redis } from 'ioredis';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { seedNeo4j } from '../seed/load-neo4j.ts';
import type { GraphData } from '../src/graph/model.ts';
import { REDIS_KEY_PREFIX } from '../src/plugins/response-cache.ts';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import { startServer, type ServerProcess } from '../tools/server-process.ts';
import { neo4jTestConfig, routingUriOf } from './setup/neo4j.ts';
import { startRedis, type RedisServer } from './setup/redis.ts';

const { graph } = loadSeedGraph();
const RENAMED = 'Trade unions (renamed)';
const renamed: GraphData = {
  ...graph,
  nodes: graph.nodes.map((node) => (node.kind === 'Actor' && node.key === 'trade-unions' ? { ...node, name: RENAMED } : node)),
};

/** How often each server reads the seed version: small, so that a re-seed is seen quickly. */
const VERSION_CHECK_MS = 200;
/** The bound of each wait below: far above VERSION_CHECK_MS, so that only a server that never catches up fails. */
const WAIT_BOUND_MS = 30_000;
/** A test waits a few times, each within WAIT_BOUND_MS, and the servers' first answers plan their statements. */
const TEST_TIMEOUT_MS = 120_000;

const config = neo4jTestConfig();
const serverEnv = (env: Record<string, string>) => ({
  NEO4J_URI: routingUriOf(inject('neo4jUri')),
  NEO4J_USER: config.NEO4J_USER,
  NEO4J_PASSWORD: config.NEO4J_PASSWORD,
  NEO4J_DATABASE: config.NEO4J_DATABASE ?? '',
  RESPONSE_CACHE: '1',
  SEED_VERSION_CHECK_MS: String(VERSION_CHECK_MS),
  ...env,
});

/** Sends the operation's name beside it: a request answered from a cache is logged under the name it was sent with. */
async function post(server: ServerProcess, operationName: string, query: string) {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: `query ${operationName} ${query}`, operationName }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

/** The name a server gives the trade unions, through an operation named so that its log lines can be told apart. */
async function tradeUnionsName(server: ServerProcess, operationName: string): Promise<string> {
  const { status, body } = await post(server, operationName, '{ actor(key: "trade-unions") { name } }');
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data.actor.name;
}

/** Waits until `check` holds, for at most `boundMs`; says whether it did. */
async function eventually(check: () => Promise<boolean> | boolean, boundMs = WAIT_BOUND_MS): Promise<boolean> {
  const started = performance.now();
  for (;;) {
    if (await check()) return true;
    if (performance.now() - started > boundMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * How each request of an operation was answered, from the server's request log (its line follows the
 * response, so it is waited for): `executed` when it ran against the store, `cached` when it did not.
 */
async function answeredBy(server: ServerProcess, operationName: string, requests: number): Promise<('executed' | 'cached')[]> {
  const lines = () => server.logs.filter((line) => line.msg === 'request' && line.operationName === operationName);
  expect(await eventually(() => lines().length >= requests)).toBe(true);
  return lines().map((line) => (typeof line.storeRoundTrips === 'number' ? 'executed' : 'cached'));
}

let driver: Driver;
const seed = (data: GraphData) => seedNeo4j(driver, data, config.NEO4J_DATABASE);

beforeAll(() => {
  driver = acquireDriver(config);
});
afterAll(async () => {
  await releaseDriver(driver);
});

describe('two servers, each with its own response cache, on one Neo4j', () => {
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    servers = await Promise.all([1, 2].map(() => startServer({ env: serverEnv({}) })));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await seed(graph);
  });

  it(`both serve a re-seeded graph within SEED_VERSION_CHECK_MS (${VERSION_CHECK_MS} ms; waited for up to ${WAIT_BOUND_MS} ms)`, async () => {
    for (const server of servers) {
      expect(await tradeUnionsName(server, 'TradeUnions')).toBe('Trade unions');
      expect(await tradeUnionsName(server, 'TradeUnions')).toBe('Trade unions');
      // The second answer is the cache's: without the seed version in its key it would outlive the re-seed.
      expect(await answeredBy(server, 'TradeUnions', 2)).toEqual(['executed', 'cached']);
    }

    await seed(renamed);
    // The same operation as before the re-seed: its cached answer must give way.
    const caughtUp = await Promise.all(servers.map((server) => eventually(async () => (await tradeUnionsName(server, 'TradeUnions')) === RENAMED)));
    expect(caughtUp).toEqual([true, true]);
    // Once caught up, each keeps the new graph.
    for (const server of servers) expect(await tradeUnionsName(server, 'TradeUnions')).toBe(RENAMED);
  }, TEST_TIMEOUT_MS);
});

describe('two servers sharing one response cache in Redis', () => {
  let redisServer: RedisServer;
  let redis: Redis;
  let servers: ServerProcess[] = [];
  const cachedKeys = async () => (await redis.keys(`${REDIS_KEY_PREFIX}*`)).length;

  beforeAll(async () => {
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
    servers = await Promise.all([1, 2].map(() => startServer({ env: serverEnv({ RESPONSE_CACHE_REDIS_URL: redisServer.url }) })));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    redis?.disconnect();
    await redisServer?.stop();
    await seed(graph);
  });

  it('the second server answers from the entry the first one wrote', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    expect(await cachedKeys()).toBe(0);
    expect(await tradeUnionsName(first, 'Shared')).toBe('Trade unions');
    expect(await answeredBy(first, 'Shared', 1)).toEqual(['executed']);
    // The entry is written after the answer is sent.
    expect(await eventually(async () => (await cachedKeys()) === 1)).toBe(true);

    expect(await tradeUnionsName(second, 'Shared')).toBe('Trade unions');
    expect(await answeredBy(second, 'Shared', 1)).toEqual(['cached']);
    expect(await cachedKeys()).toBe(1);
  }, TEST_TIMEOUT_MS);

  it('after a re-seed both serve the new graph: the seed version is in every key', async () => {
    await seed(renamed);
    // The operation whose old answer is in Redis.
    const caughtUp = await Promise.all(servers.map((server) => eventually(async () => (await tradeUnionsName(server, 'Shared')) === RENAMED)));
    expect(caughtUp).toEqual([true, true]);
    // One more entry, under the new version, beside the old version's.
    expect(await eventually(async () => (await cachedKeys()) === 2)).toBe(true);
  }, TEST_TIMEOUT_MS);

  it('with Redis gone, the servers answer from the store and log the outage once, never a 500', async () => {
    redis.disconnect();
    await redisServer.stop();
    for (const server of servers) {
      for (let request = 0; request < 2; request++) {
        const { status, body } = await post(server, 'WithoutRedis', '{ actor(key: "trade-unions") { name objectives { totalCount } } }');
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data.actor).toEqual({ name: RENAMED, objectives: { totalCount: 5 } });
      }
      expect(await answeredBy(server, 'WithoutRedis', 2)).toEqual(['executed', 'executed']);
      const outages = server.logs.filter((line) => line.msg === 'shared response cache (Redis) unavailable: answering from the store');
      expect(outages).toHaveLength(1);
      expect(outages[0]!.level).toBe('warn');
    }
  }, TEST_TIMEOUT_MS);
});
