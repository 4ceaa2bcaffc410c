// ETags on Neo4j: the seed version is the content hash `npm run seed` writes, so a re-seed with other data
// changes every ETag, and seeding the extracted graph back gives the first ones again. Leaves the
// database holding the extracted graph, as the other *.neo4j.test.ts files expect.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { seedNeo4j } from '../seed/load-neo4j.ts';
import type { GraphData } from '../src/graph/model.ts';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { executorFor } from './helpers.ts';
import { neo4jTestConfig, openNeo4jStore } from './setup/neo4j.ts';

const { graph } = loadSeedGraph();
const renamed: GraphData = {
  ...graph,
  nodes: graph.nodes.map((node) => (node.kind === 'Actor' && node.key === 'trade-unions' ? { ...node, name: 'Trade unions (renamed)' } : node)),
};
const ACTOR = `/graphql?query=${encodeURIComponent('{ actor(key: "trade-unions") { name } }')}`;

describe('GET answers on Neo4j across a re-seed', () => {
  let driver: Driver;
  let store: GraphStore;
  let fetch: ReturnType<typeof executorFor>['fetch'];
  const seed = (data: GraphData) => seedNeo4j(driver, data, neo4jTestConfig().NEO4J_DATABASE);

  beforeAll(async () => {
    driver = acquireDriver(neo4jTestConfig());
    store = await openNeo4jStore();
    fetch = executorFor(store, { GRAPH_STATS: '0', SEED_VERSION_CHECK_MS: '0' }).fetch;
  });
  afterAll(async () => {
    await seed(graph);
    await store.close();
    await releaseDriver(driver);
  });

  it('answers 304 until a re-seed, then the new data under a new ETag; the old graph brings the old ETag back', async () => {
    const first = await fetch(ACTOR);
    expect(await first.json()).toEqual({ data: { actor: { name: 'Trade unions' } } });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await fetch(ACTOR, { headers: { 'if-none-match': etag } })).status).toBe(304);

    await seed(renamed);
    const after = await fetch(ACTOR, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ data: { actor: { name: 'Trade unions (renamed)' } } });
    expect(after.headers.get('etag')).not.toBe(etag);

    await seed(graph);
    const restored = await fetch(ACTOR);
    expect(await restored.json()).toEqual({ data: { actor: { name: 'Trade unions' } } });
    expect(restored.headers.get('etag')).toBe(etag);
  });
});
