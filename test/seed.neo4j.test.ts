// The seed against the Neo4j of test/setup/neo4j-global.ts. Every test leaves the database holding the
// extracted graph, as the other *.neo4j.test.ts files expect (they do not run at the same time).
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, emptyDatabase, graphHash, seedNeo4j, ShrinkRefusedError, type Neo4jCounts } from '../seed/load-neo4j.ts';
import { loadSeedGraph } from '../seed/extract.ts';
import { deriveObjectiveLinks, LINK_RELATIONSHIP_TYPE } from '../src/graph/links.ts';
import type { GraphData, GraphNode } from '../src/graph/model.ts';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import type { Neo4jGraphStore } from '../src/store/neo4j/store.ts';
import { toNative } from '../src/store/neo4j/run.ts';
import { executorFor, type Execute } from './helpers.ts';
import { runScript } from './run-script.ts';
import { neo4jTestConfig, openNeo4jStore } from './setup/neo4j.ts';
import { writeSourceCopies } from './source-copies.ts';

const { graph } = loadSeedGraph();

function expectedCounts(data: GraphData): Neo4jCounts {
  const tally = (names: string[]) => Object.fromEntries([...new Set(names)].sort().map((name) => [name, names.filter((n) => n === name).length]));
  return {
    nodes: tally([...data.nodes.map((node) => node.kind), 'SeedVersion']),
    // The source's relationships, and the actor–objective links the seed derives from them.
    relationships: tally([...data.relationships.map((r) => r.type), ...deriveObjectiveLinks(data).map(() => LINK_RELATIONSHIP_TYPE)]),
  };
}

describe('npm run seed (seedNeo4j)', () => {
  let driver: Driver;
  const config = () => neo4jTestConfig();

  async function propertiesOf(label: 'Actor' | 'Quote' | 'SeedVersion', key: string) {
    const session = driver.session({ database: config().NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      // Test-only lookup; the label is one of three literals above.
      const result = await session.run(`MATCH (n:${label} {key: $key}) RETURN properties(n) AS properties`, { key });
      return result.records[0]?.get('properties') ?? null;
    } finally {
      await session.close();
    }
  }

  beforeAll(() => {
    driver = acquireDriver(config());
  });
  afterAll(async () => {
    // Whatever happened above, leave the extracted graph in place for the other files.
    await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
    await releaseDriver(driver);
  });

  it('holds the extracted graph, node for node and relationship for relationship', async () => {
    expect(await countGraph(driver, config().NEO4J_DATABASE)).toEqual(expectedCounts(graph));
    const version = await propertiesOf('SeedVersion', 'current');
    expect(version.hash).toBe(graphHash(graph));
    // What the response cache keys on.
    const store = await openNeo4jStore();
    try {
      expect(await store.seedVersion()).toBe(graphHash(graph));
    } finally {
      await store.close();
    }
  });

  // Two whole seeds: within the default 30 s on a quiet machine, not always on a loaded one.
  it('is idempotent: seeding twice gives the same counts by label and type', async () => {
    const first = await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
    const second = await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
    expect(second.counts).toEqual(first.counts);
    expect(second.counts).toEqual(expectedCounts(graph));
    expect(second.deleted).toEqual({ nodes: 0, relationships: 0 });
    expect(second.merged).toEqual({ nodes: graph.nodes.length, relationships: graph.relationships.length });
    expect(second.links).toBe(deriveObjectiveLinks(graph).length);
    expect(second.hash).toBe(first.hash);
  }, 120_000);

  it('removes what the extracted graph no longer has, and puts it back', async () => {
    const dropped = graph.nodes.find((node) => node.kind === 'Quote')!;
    const smaller: GraphData = {
      nodes: graph.nodes.filter((node) => node !== dropped),
      relationships: graph.relationships.filter((r) => r.from.kind !== 'Quote' || r.from.key !== dropped.key),
    };
    const result = await seedNeo4j(driver, smaller, config().NEO4J_DATABASE);
    expect(result.deleted.nodes).toBe(1);
    expect(result.counts).toEqual(expectedCounts(smaller));
    expect(await propertiesOf('Quote', dropped.key)).toBeNull();

    const restored = await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
    expect(restored.counts).toEqual(expectedCounts(graph));
    expect(await propertiesOf('Quote', dropped.key)).not.toBeNull();
  });

  it('rolls back a seed that fails part-way: the previous graph stays, counts and nodes alike', async () => {
    const before = await countGraph(driver, config().NEO4J_DATABASE);
    const actorBefore = await propertiesOf('Actor', 'trade-unions');
    const versionBefore = await propertiesOf('SeedVersion', 'current');
    const droppedQuote = graph.nodes.find((node) => node.kind === 'Quote')!;

    // Written before the failure, in the same transaction: a renamed actor, a removed quote, a new actor.
    const renamed = graph.nodes.map((node) => (node.kind === 'Actor' && node.key === 'trade-unions' ? { ...node, name: 'RENAMED' } : node));
    // Neo4j cannot store a map as a property: the last node batch fails inside the transaction.
    const badRow = { kind: 'EntryPoint', key: 'bad-row', level: 'GLOBAL', objectiveNumber: 1, action: { nested: 'map' }, engagement: 'x', sourceLine: 1 } as unknown as GraphNode;
    const broken: GraphData = {
      nodes: [...renamed.filter((node) => node !== droppedQuote), { kind: 'Actor', key: 'new-actor', name: 'New', category: 'NON_STATE', aliases: [] }, badRow],
      relationships: graph.relationships.filter((r) => r.from.kind !== 'Quote' || r.from.key !== droppedQuote.key),
    };

    await expect(seedNeo4j(driver, broken, config().NEO4J_DATABASE)).rejects.toThrow(/Property values can only be of primitive types|map/i);

    expect(await countGraph(driver, config().NEO4J_DATABASE)).toEqual(before);
    expect(await propertiesOf('Actor', 'trade-unions')).toEqual(actorBefore);
    expect(actorBefore.name).toBe('Trade unions');
    expect(await propertiesOf('Quote', droppedQuote.key)).not.toBeNull();
    expect(await propertiesOf('Actor', 'new-actor')).toBeNull();
    expect(await propertiesOf('SeedVersion', 'current')).toEqual(versionBefore);
  });

  // Three whole seeds and two emptyings: a longer timeout, as above.
  it('into an empty database: CREATE in one transaction, or batch by batch (bulk) for a large graph, with the same result', async () => {
    for (const [bulkThreshold, mode] of [[undefined, 'create'], [0, 'bulk']] as const) {
      await emptyDatabase(driver, config().NEO4J_DATABASE);
      const result = await seedNeo4j(driver, graph, config().NEO4J_DATABASE, { bulkThreshold });
      expect(result.mode).toBe(mode);
      expect(result.merged).toEqual({ nodes: graph.nodes.length, relationships: graph.relationships.length });
      expect(result.counts).toEqual(expectedCounts(graph));
      expect((await propertiesOf('SeedVersion', 'current')).hash).toBe(graphHash(graph));
    }
    // Seeding again over it merges: nothing new, nothing stale.
    const again = await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
    expect(again.mode).toBe('merge');
    expect(again.deleted).toEqual({ nodes: 0, relationships: 0 });
    expect(again.counts).toEqual(expectedCounts(graph));
  }, 120_000);

  it('a bulk load that fails part-way leaves the database empty, as it found it', async () => {
    const dangling: GraphData = {
      nodes: graph.nodes,
      relationships: [...graph.relationships, { type: 'MENTIONS', from: { kind: 'Paragraph', key: '22b' }, to: { kind: 'Actor', key: 'no-such-actor' } }],
    };
    await emptyDatabase(driver, config().NEO4J_DATABASE);
    await expect(seedNeo4j(driver, dangling, config().NEO4J_DATABASE, { bulkThreshold: 0 })).rejects.toThrow(/not in the graph/);
    expect(await countGraph(driver, config().NEO4J_DATABASE)).toEqual({ nodes: {}, relationships: {} });
    await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
  });

  it('fails, and rolls back, when a relationship has an end that is not in the graph', async () => {
    const before = await countGraph(driver, config().NEO4J_DATABASE);
    const dangling: GraphData = {
      nodes: graph.nodes,
      relationships: [...graph.relationships, { type: 'MENTIONS', from: { kind: 'Paragraph', key: '22b' }, to: { kind: 'Actor', key: 'no-such-actor' } }],
    };
    await expect(seedNeo4j(driver, dangling, config().NEO4J_DATABASE)).rejects.toThrow(/not in the graph/);
    expect(await countGraph(driver, config().NEO4J_DATABASE)).toEqual(before);
  });
});

/** JSON with object keys sorted, so that equal maps print equal whatever order Neo4j lists them in. */
function canonicalJson(value: unknown): string {
  const sorted = (item: unknown): unknown =>
    Array.isArray(item)
      ? item.map(sorted)
      : item !== null && typeof item === 'object'
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, entry]) => [key, sorted(entry)]))
        : item;
  return JSON.stringify(sorted(value));
}

/** Every node with its labels and properties and every relationship with its ends and properties (SeedVersion's seededAt included), sorted. */
async function snapshotOf(driver: Driver, database: string | undefined): Promise<string[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // Test-only reads of the whole (small) graph.
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties');
    const relationships = await session.run(
      "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] + ':' + a.key AS from, labels(b)[0] + ':' + b.key AS to, properties(r) AS properties",
    );
    return [...nodes.records, ...relationships.records].map((record) => canonicalJson(toNative(record.toObject()))).sort();
  } finally {
    await session.close();
  }
}

describe('npm run seed refuses what would destroy a good graph', () => {
  const copies = writeSourceCopies();
  let driver: Driver;
  const config = () => neo4jTestConfig();
  const seedCommand = (args: string[], env: Record<string, string> = {}) =>
    runScript('seed/load-neo4j.ts', args, {
      NEO4J_URI: config().NEO4J_URI,
      NEO4J_USER: config().NEO4J_USER,
      NEO4J_PASSWORD: config().NEO4J_PASSWORD,
      NEO4J_DATABASE: config().NEO4J_DATABASE ?? '',
      SEED_SOURCE: '',
      SEED_MAX_SHRINK_PERCENT: '',
      ...env,
    });
  const seedVersionHash = async () => {
    const session = driver.session({ database: config().NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run("MATCH (v:SeedVersion {key: 'current'}) RETURN v.hash AS hash")).records[0]?.get('hash') ?? null;
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    driver = acquireDriver(config());
    await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
  });
  afterAll(async () => {
    // Leave the extracted graph in place for the other files, whatever happened above.
    await seedNeo4j(driver, graph, config().NEO4J_DATABASE);
    await releaseDriver(driver);
    copies.remove();
  });

  it('a damaged source (half, empty, random bytes, cut before the last section): exit 1, one line, the database exactly as before', async () => {
    const before = await snapshotOf(driver, config().NEO4J_DATABASE);
    const countsBefore = await countGraph(driver, config().NEO4J_DATABASE);
    expect(countsBefore).toEqual(expectedCounts(graph));
    expect(await seedVersionHash()).toBe(graphHash(graph));
    const reasons: Record<string, RegExp> = {
      half: /half\.txt is damaged, nothing was loaded: 30 quotes extracted, but the source has 30 closing citations and 31 bullets \(and 4 more\); `npm run check:data -- --source .*half\.txt` lists every problem$/,
      empty: /empty\.txt is empty \(0 bytes\)$/,
      randomBytes: /random\.bin is not UTF-8 text \(line 1 has a byte sequence UTF-8 does not allow\); save it as UTF-8$/,
      lastSectionCut: /last-section-cut\.txt is damaged, nothing was loaded: required actor micic: no quote is filed under it or names it;/,
    };
    // UTF-16 and the other encodings take the same path as random bytes; test/extract.test.ts has them all.
    for (const [name, path] of Object.entries(copies.damaged).filter(([name]) => name !== 'utf16')) {
      // The command line's --source, and SEED_SOURCE (for the half file), reach the same guard.
      const { code, stdout, stderr } = name === 'half' ? await seedCommand([], { SEED_SOURCE: path }) : await seedCommand(['--source', path]);
      expect(code, name).toBe(1);
      expect(stdout, name).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toMatch(/^seed failed: /);
      expect(lines[0], name).toMatch(reasons[name]!);
    }
    expect(await seedVersionHash()).toBe(graphHash(graph));
    expect(await countGraph(driver, config().NEO4J_DATABASE)).toEqual(countsBefore);
    expect(await snapshotOf(driver, config().NEO4J_DATABASE)).toEqual(before);
  }, 240_000);

  it('a graph that would remove more than the allowed share of the one in the database rolls back; a higher share lets it through', async () => {
    const before = await snapshotOf(driver, config().NEO4J_DATABASE);
    const quotes = graph.nodes.filter((node) => node.kind === 'Quote');
    const dropped = new Set(quotes.filter((_, index) => index % 2 === 0).map((quote) => quote.key));
    const halfTheQuotes: GraphData = {
      nodes: graph.nodes.filter((node) => node.kind !== 'Quote' || !dropped.has(node.key)),
      relationships: graph.relationships.filter((r) => r.from.kind !== 'Quote' || !dropped.has(r.from.key)),
    };
    const removedRelationships = graph.relationships.length - halfTheQuotes.relationships.length;

    // The default: 10% of the nodes or of the relationships.
    const refusal = seedNeo4j(driver, halfTheQuotes, config().NEO4J_DATABASE);
    await expect(refusal).rejects.toThrow(ShrinkRefusedError);
    await expect(refusal).rejects.toThrow(
      `refused: the new graph would remove 57 of 300 (19%) nodes and ${removedRelationships} of 867 (${Number(((removedRelationships * 100) / 867).toFixed(1))}%) relationships from the graph in the database, more than the 10% allowed`,
    );
    expect(await snapshotOf(driver, config().NEO4J_DATABASE)).toEqual(before);

    const allowed = await seedNeo4j(driver, halfTheQuotes, config().NEO4J_DATABASE, { maxShrinkPercent: 100 });
    expect(allowed.deleted).toEqual({ nodes: 57, relationships: removedRelationships });
    expect(allowed.counts).toEqual(expectedCounts(halfTheQuotes));
    // Growing back is never refused.
    expect((await seedNeo4j(driver, graph, config().NEO4J_DATABASE)).counts).toEqual(expectedCounts(graph));
  }, 120_000);

  it('npm run seed: SEED_MAX_SHRINK_PERCENT=0 refuses even one quote fewer, --allow-shrink lets it through', async () => {
    const before = await snapshotOf(driver, config().NEO4J_DATABASE);
    const refused = await seedCommand(['--source', copies.oneQuoteFewer], { SEED_MAX_SHRINK_PERCENT: '0' });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      'seed failed: refused: the new graph would remove 1 of 300 (0.3%) nodes and 3 of 867 (0.3%) relationships from the graph in the database, more than the 0% allowed (SEED_MAX_SHRINK_PERCENT); nothing was changed. Check the source with npm run check:data, or seed again with --allow-shrink if the graph is meant to shrink',
    ]);
    expect(await snapshotOf(driver, config().NEO4J_DATABASE)).toEqual(before);

    const allowed = await seedCommand(['--source', copies.oneQuoteFewer, '--allow-shrink'], { SEED_MAX_SHRINK_PERCENT: '0' });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain('removed 1 stale nodes and 3 stale relationships');
    expect((await countGraph(driver, config().NEO4J_DATABASE)).nodes.Quote).toBe(113);

    // The whole source behind a UTF-8 byte-order mark is the same graph: the seed puts the quote back.
    const restored = await seedCommand([], { SEED_SOURCE: copies.withBom });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('removed 0 stale nodes and 0 stale relationships');
    expect(await seedVersionHash()).toBe(graphHash(graph));
    expect(await countGraph(driver, config().NEO4J_DATABASE)).toEqual(expectedCounts(graph));
  }, 180_000);

  it('an unknown option is a one-line usage error, before anything is read', async () => {
    const { code, stderr } = await seedCommand(['--allow-shrinking']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Unknown option '--allow-shrinking'.*; usage: npm run seed \[-- --source PATH\] \[--allow-shrink \| --import \[--data-dir DIR\]\]$/)]);
  }, 60_000);
});

describe('Cypher injection through arguments', () => {
  let store: Neo4jGraphStore;
  let execute: Execute;
  let driver: Driver;

  beforeAll(async () => {
    store = await openNeo4jStore();
    execute = executorFor(store).execute;
    driver = acquireDriver(neo4jTestConfig());
  });
  afterAll(async () => {
    await store.close();
    await releaseDriver(driver);
  });

  it('has no effect: every value reaches Cypher as a parameter, every label through the whitelist', async () => {
    const before = await countGraph(driver, neo4jTestConfig().NEO4J_DATABASE);
    const attacks: [query: string, variables: Record<string, unknown>][] = [
      [`query ($key: String!) { actor(key: $key) { key } }`, { key: "x' }) DETACH DELETE n //" }],
      [`query ($key: String!) { actor(key: $key) { key } }`, { key: 'x"}) MATCH (m) DETACH DELETE m //' }],
      [`query ($q: String!) { search(query: $q) { node { id } } }`, { q: '") YIELD node DETACH DELETE node //' }],
      [`query ($q: String!) { search(query: $q) { node { id } } }`, { q: "*:* OR key:* ') CALL db.clearQueryCaches() //" }],
      [`query ($id: ID!) { node(id: $id) { id } }`, { id: "Actor:x' }) DETACH DELETE n //" }],
      [`query ($id: ID!) { node(id: $id) { id } }`, { id: 'Actor) DETACH DELETE n //:x' }],
      [`query ($a: String) { paragraphs(actor: $a, first: 5) { totalCount } }`, { a: "x'}) DETACH DELETE p //" }],
      [`query ($from: ID!) { shortestPath(from: $from, to: "Actor:gfmd") { length } }`, { from: "Actor:x'}) MATCH (n) DETACH DELETE n //" }],
      [`query ($id: ID!) { neighbourhood(id: $id, hops: 2) { truncated } }`, { id: 'Quote:x}) DETACH DELETE center //' }],
    ];
    for (const [query, variables] of attacks) {
      const response = await execute(query, variables);
      for (const error of response.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await countGraph(driver, neo4jTestConfig().NEO4J_DATABASE)).toEqual(before);
    const check = await execute(`{ actor(key: "trade-unions") { name } }`);
    expect(check.data.actor).toEqual({ name: 'Trade unions' });
  });
});
