import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { EXPORT_FORMATS, exportFiles, toGEXF } from '../src/export/formats.ts';
import { globalIdOf } from '../src/graph/global-id.ts';
import { DEFAULT_BASE_URL, Iris } from '../src/graph/vocabulary.ts';
import { FACETS, type FacetDimension } from '../src/graph/catalogue.ts';
import { ACTOR_CATEGORIES, ENGAGEMENT_LEVELS, NODE_KINDS, RELATIONSHIP_TYPES, SECTIONS, type NodeRef } from '../src/graph/model.ts';
import { FULL_LINKS, RELATIONS, WHOLE_LIST, type GraphStore, type PathFilter, type RelationName, type SearchResult } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { batchingSuite } from './contract/batching.ts';
import { idConsistencySuite } from './contract/ids.ts';
import { linkedDataSuite } from './contract/linked-data.ts';
import { facetSuite } from './contract/facets.ts';
import { researchSuite } from './contract/research.ts';
import { contractSuite } from './contract/suite.ts';
import { searchQueryWords } from '../src/graph/search-text.ts';
import { HOSTILE_SEARCHES, HOSTILE_STRINGS } from './bad-input/battery.ts';
import { executorFor, type GraphQLResponse } from './helpers.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

contractSuite('neo4j', () => openNeo4jStore());
// Planning a research statement the first time can take seconds on a loaded machine; the timeout is
// not what this suite tests (availability.neo4j.test.ts does).
researchSuite('neo4j', () => openNeo4jStore({ NEO4J_TX_TIMEOUT_MS: '30000' }));
idConsistencySuite('neo4j', () => openNeo4jStore({ NEO4J_TX_TIMEOUT_MS: '30000' }));
linkedDataSuite('neo4j', () => openNeo4jStore({ NEO4J_TX_TIMEOUT_MS: '30000' }));
facetSuite('neo4j', () => openNeo4jStore({ NEO4J_TX_TIMEOUT_MS: '30000' }));

describe('neo4j store', () => {
  batchingSuite(() => openNeo4jStore());
});

const { graph } = loadSeedGraph();
const facetNames = (kind: keyof typeof FACETS) => Object.keys(FACETS[kind]) as FacetDimension[];
const keysOf = (kind: string) => graph.nodes.filter((node) => node.kind === kind).map((node) => node.key);

/** A fixed pseudo-random sequence, so that the sampled pairs are the same on every run. */
function sampler(seed: number) {
  let state = seed;
  return <T>(items: readonly T[]): T => {
    state = (state * 48271) % 2147483647;
    return items[Math.floor((state / 2147483647) * items.length)]!;
  };
}

describe('the neo4j store answers like the memory store', () => {
  const memory = new MemoryGraphStore(graph);
  let neo4j: GraphStore;

  beforeAll(async () => {
    neo4j = await openNeo4jStore({ NEO4J_TX_TIMEOUT_MS: '30000' });
  });
  afterAll(() => neo4j.close());

  /** Both stores' answers to the same call, as JSON: order, tie-breaks and null fields included. */
  /** A bound no search here reaches: the stores' answers compared in full. */
  const UNBOUNDED = 1_000_000_000;

  async function expectSame(call: (store: GraphStore) => Promise<unknown>) {
    const [expected, actual] = await Promise.all([call(memory), call(neo4j)]);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  }

  it('nodesByKey, for every key of every kind and an unknown one', async () => {
    for (const kind of NODE_KINDS) await expectSame((store) => store.nodesByKey(kind, [...keysOf(kind), 'no-such-key', keysOf(kind)[0]!]));
  });

  it('related, for every relation, every key and several pages', async () => {
    for (const relation of Object.keys(RELATIONS) as RelationName[]) {
      const keys = [...keysOf(RELATIONS[relation].from), 'no-such-key'];
      for (const page of [{ offset: 0, limit: null }, { offset: 0, limit: 2 }, { offset: 1, limit: 3 }, { offset: 50, limit: 5 }]) {
        await expectSame((store) => store.related(relation, keys, page));
      }
    }
  });

  it('nodesByKey with the whole lists of their relations brought along', async () => {
    for (const kind of NODE_KINDS) {
      const include = (Object.keys(RELATIONS) as RelationName[]).filter((relation) => RELATIONS[relation].from === kind).map((relation) => ({ relation, page: WHOLE_LIST }));
      await expectSame((store) => store.nodesByKey(kind, [...keysOf(kind).slice(0, 40), 'no-such-key'], include));
    }
  });

  it('objective links from both ends, with each detail and page', async () => {
    const details = [FULL_LINKS, { quotesPerLink: 2, paragraphs: false }, { quotesPerLink: 0, paragraphs: true }];
    const pages = [WHOLE_LIST, { offset: 0, limit: 0 }, { offset: 1, limit: 3 }];
    for (const detail of details) {
      for (const page of pages) {
        await expectSame((store) => store.links('actorObjectives', [...keysOf('Actor'), 'no-such-actor'], detail, page));
        await expectSame((store) => store.links('objectiveActors', [...Array.from({ length: 25 }, (_, i) => String(i))], detail, page));
      }
    }
  });

  it('actor and objective lists with their links brought along', async () => {
    const read = { links: 'actorObjectives', detail: { quotesPerLink: 1, paragraphs: true }, page: { offset: 0, limit: 5 } } as const;
    await expectSame((store) => store.list({ kind: 'Actor' }, { offset: 0, limit: 30 }, [read]));
    await expectSame((store) => store.list({ kind: 'Objective' }, WHOLE_LIST, [{ links: 'objectiveActors', detail: FULL_LINKS, page: { offset: 2, limit: 4 } }]));
  });

  it('the filtered lists', async () => {
    const pages = [{ offset: 0, limit: null }, { offset: 3, limit: 4 }];
    for (const category of [null, ...ACTOR_CATEGORIES]) for (const page of pages) await expectSame((store) => store.list({ kind: 'Actor', filter: { category } }, page));
    for (const objective of [null, 6, 18, 99]) {
      for (const actor of [null, 'trade-unions', 'gfmd', 'no-such-actor']) {
        for (const page of pages) await expectSame((store) => store.list({ kind: 'Paragraph', filter: { objective, actor } }, page));
      }
    }
    await expectSame((store) => store.list({ kind: 'Objective' }, WHOLE_LIST));
    await expectSame((store) => store.list({ kind: 'ReferencePhrase' }, WHOLE_LIST));
    for (const level of [null, ...ENGAGEMENT_LEVELS]) {
      for (const objective of [null, 6, 7, 99]) await expectSame((store) => store.list({ kind: 'EntryPoint', filter: { level, objective } }, WHOLE_LIST));
    }
  });

  it('shortest paths, with the same tie-break and each relationship as stored', async () => {
    const refs: NodeRef[] = graph.nodes.map(({ kind, key }) => ({ kind, key }));
    const pick = sampler(7);
    for (let i = 0; i < 60; i++) {
      const [from, to] = [pick(refs), pick(refs)];
      await expectSame((store) => store.paths(from, to, { shape: 'shortest', maxHops: 8, filter: {}, first: 1 }));
    }
    const tradeUnions = { kind: 'Actor', key: 'trade-unions' } as const;
    await expectSame((store) => store.paths(tradeUnions, tradeUnions, { shape: 'shortest', maxHops: 3, filter: {}, first: 1 }));
    await expectSame((store) => store.paths(tradeUnions, { kind: 'Actor', key: 'gfmd' }, { shape: 'shortest', maxHops: 1, filter: {}, first: 1 }));
    await expectSame((store) => store.paths(tradeUnions, { kind: 'Actor', key: 'no-such-actor' }, { shape: 'shortest', maxHops: 4, filter: {}, first: 1 }));

    const [path] = (await neo4j.paths(tradeUnions, { kind: 'EntryPoint', key: 'global-21' }, { shape: 'shortest', maxHops: 8, filter: {}, first: 1 }))!;
    const stored = new Set(graph.relationships.map((r) => `${r.type} ${globalIdOf(r.from)} ${globalIdOf(r.to)}`));
    for (const step of path!.relationships) {
      expect(RELATIONSHIP_TYPES[step.type]).toEqual({ from: step.from.kind, to: step.to.kind });
      expect(stored.has(`${step.type} ${globalIdOf(step.from)} ${globalIdOf(step.to)}`)).toBe(true);
    }
    // Each pair of labels is its own statement (labels are template literals), planned on first use.
  }, 120_000);

  it('neighbourhoods, with the same nodes kept under the cap and the same edge order', async () => {
    const refs: NodeRef[] = graph.nodes.map(({ kind, key }) => ({ kind, key }));
    const pick = sampler(11);
    for (let i = 0; i < 15; i++) {
      const center = pick(refs);
      for (const [hops, maxNodes] of [[0, 10], [1, 501], [2, 501], [2, 30], [3, 100]] as const) {
        await expectSame((store) => store.neighbourhood(center, hops, maxNodes));
      }
    }
    await expectSame((store) => store.neighbourhood({ kind: 'Actor', key: 'no-such-actor' }, 1, 10));
  });

  /** Filters a researcher would use: none, through paragraphs and actors, a few types, both at once, and the empty lists. */
  const PATH_FILTERS: PathFilter[] = [
    {},
    { nodeKinds: ['Paragraph', 'Actor'] },
    { relationshipTypes: ['MENTIONS', 'IN_OBJECTIVE', 'SUMMARY_LISTS'] },
    { nodeKinds: ['Paragraph', 'Objective', 'Quote'], relationshipTypes: ['MENTIONS', 'IN_OBJECTIVE', 'QUOTES', 'NAMES'] },
    { nodeKinds: [], relationshipTypes: [] },
  ];

  it('all shortest paths and simple paths of sampled pairs, under each filter, in the same order', async () => {
    const refs: NodeRef[] = graph.nodes.map(({ kind, key }) => ({ kind, key }));
    const pick = sampler(13);
    for (let i = 0; i < 25; i++) {
      const [from, to] = [pick(refs), pick(refs)];
      for (const filter of PATH_FILTERS) {
        await expectSame((store) => store.paths(from, to, { shape: 'shortest', maxHops: 8, filter: filter, first: 100 }));
        await expectSame((store) => store.paths(from, to, { shape: 'simple', maxHops: 4, filter: filter, first: 100, maxCandidates: UNBOUNDED }));
        await expectSame((store) => store.paths(from, to, { shape: 'shortest', maxHops: 8, filter: filter, first: 1 }));
      }
    }
    const [tradeUnions, gfmd, nobody] = [{ kind: 'Actor', key: 'trade-unions' }, { kind: 'Actor', key: 'gfmd' }, { kind: 'Actor', key: 'no-such-actor' }] as const;
    for (const first of [0, 1, 7, 100]) {
      await expectSame((store) => store.paths(tradeUnions, { kind: 'Actor', key: 'imrf' }, { shape: 'shortest', maxHops: 8, filter: {}, first }));
      await expectSame((store) => store.paths(tradeUnions, gfmd, { shape: 'simple', maxHops: 5, filter: {}, first, maxCandidates: UNBOUNDED }));
    }
    for (const [from, to] of [[tradeUnions, tradeUnions], [tradeUnions, nobody], [nobody, gfmd]] as const) {
      await expectSame((store) => store.paths(from, to, { shape: 'shortest', maxHops: 8, filter: {}, first: 10 }));
      await expectSame((store) => store.paths(from, to, { shape: 'simple', maxHops: 3, filter: {}, first: 10, maxCandidates: UNBOUNDED }));
    }
  }, 180_000);

  it('bounds the simple-path search by its candidates: an answer within the bound is the unbounded one, past it LIMIT_EXCEEDED', async () => {
    const [privateSector, localAuthorities] = [{ kind: 'Actor', key: 'private-sector' }, { kind: 'Actor', key: 'local-authorities' }] as const;
    const unbounded = await memory.paths(privateSector, localAuthorities, { shape: 'simple', maxHops: 5, filter: {}, first: 100, maxCandidates: UNBOUNDED });
    // Neo4j's search stops inside its longest trails; the shorter lengths it saw whole still hold the first 100.
    for (const store of [memory, neo4j]) expect(JSON.stringify(await store.paths(privateSector, localAuthorities, { shape: 'simple', maxHops: 5, filter: {}, first: 100, maxCandidates: 15_000 }))).toBe(JSON.stringify(unbounded));
    for (const store of [memory, neo4j]) {
      await expect(store.paths(privateSector, localAuthorities, { shape: 'simple', maxHops: 5, filter: {}, first: 100, maxCandidates: 50 })).rejects.toMatchObject({
        message: expect.stringContaining('more than 50 candidate paths'),
        extensions: { code: 'LIMIT_EXCEEDED' },
      });
    }
  });

  it('filtered neighbourhoods', async () => {
    const refs: NodeRef[] = graph.nodes.map(({ kind, key }) => ({ kind, key }));
    const pick = sampler(17);
    for (let i = 0; i < 10; i++) {
      const center = pick(refs);
      for (const filter of PATH_FILTERS) await expectSame((store) => store.neighbourhood(center, 2, 200, filter));
    }
  });

  it('co-mentions and the actor network', async () => {
    for (const key of [...keysOf('Actor'), 'no-such-actor']) await expectSame((store) => store.coMentions(key, 100));
    await expectSame((store) => store.coMentions('iom', 3));
    for (const minWeight of [1, 2, 4, 100]) {
      for (const categories of [null, ['ISCM' as const], ['NON_STATE' as const, 'IGO' as const], []]) await expectSame((store) => store.actorNetwork(minWeight, categories));
    }
  });

  it('the filtered and ordered lists of actors, paragraphs and quotes, and their facets byte for byte', async () => {
    const pages = [{ offset: 0, limit: null }, { offset: 2, limit: 5 }];
    for (const order of ['NAME', 'MENTION_COUNT'] as const) {
      for (const filter of [{}, { objective: 6 }, { objective: 18, category: 'NON_STATE' as const }, { nameContains: 'un' }, { nameContains: 'GFMD' }, { objective: 99 }]) {
        for (const page of pages) await expectSame((store) => store.list({ kind: 'Actor', filter, order }, page));
        await expectSame((store) => store.list({ kind: 'Actor', filter, order }, pages[1]!, [], facetNames('Actor')));
      }
    }
    for (const order of ['COMPACT_ORDER', 'MENTION_COUNT'] as const) {
      for (const filter of [{}, ...SECTIONS.map((section) => ({ section })), { text: 'skills' }, { text: 'Migrant Workers', objective: 6 }, { actor: 'gfmd', text: 'forum' }, { text: '%' }]) {
        for (const page of pages) await expectSame((store) => store.list({ kind: 'Paragraph', filter, order }, page));
        await expectSame((store) => store.list({ kind: 'Paragraph', filter, order }, pages[1]!, [], facetNames('Paragraph')));
      }
    }
    for (const order of ['SOURCE_ORDER', 'COMPACT_ORDER'] as const) {
      for (const filter of [{}, { actor: 'trade-unions' }, { objective: 6 }, { objective: 6, text: 'LABOUR' }, { actor: 'iom', objective: 23 }, { text: 'no such words anywhere' }]) {
        for (const page of pages) await expectSame((store) => store.list({ kind: 'Quote', filter, order }, page));
        await expectSame((store) => store.list({ kind: 'Quote', filter, order }, pages[1]!, [], facetNames('Quote')));
      }
    }
  });

  it('exportGraph: the whole graph, the same in both stores and equal to the extracted one', async () => {
    await expectSame((store) => store.exportGraph());
    const exported = await neo4j.exportGraph();
    expect(exported.nodes).toHaveLength(graph.nodes.length);
    expect(exported.relationships).toHaveLength(graph.relationships.length);
    const sortedJson = (items: unknown[]) => items.map((item) => JSON.stringify(item, Object.keys(item as object).sort())).sort();
    expect(sortedJson(exported.relationships)).toEqual(sortedJson(graph.relationships));
    const fromMemory = await memory.exportGraph();
    const iris = new Iris(DEFAULT_BASE_URL);
    for (const format of EXPORT_FORMATS) expect(await exportFiles(exported, format, iris), format).toEqual(await exportFiles(fromMemory, format, iris));
    const download = await executorFor(neo4j).fetch('/export/graph.gexf');
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(toGEXF(fromMemory));
  });

  /** Plain searches, then every hostile string of the bad-input battery. */
  const SEARCHES: [label: string, query: string][] = [
    ...['trade unions', 'remittance', 'migrant workers', "IOM's dialogue", 'gfmd', 'trade AND (unions OR "x") ~ * ? [ ] :'].map((query): [string, string] => [query, query]),
    ...HOSTILE_SEARCHES,
    ...HOSTILE_STRINGS,
  ];

  it(`search: the same hits for ${SEARCHES.length} strings, ${HOSTILE_SEARCHES.length} of which once differed (ranking differs: BM25 in Lucene and in MiniSearch score differently)`, async () => {
    let withHits = 0;
    for (const [label, query] of SEARCHES) {
      const words = searchQueryWords(query);
      const [expected, actual] = (await Promise.all([memory.search(words, 1000), neo4j.search(words, 1000)])).map((page) => page.hits) as [SearchResult[], SearchResult[]];
      expect(expected.length, label).toBeLessThan(1000);
      expect(actual.map((hit) => globalIdOf(hit.node)).sort(), label).toEqual(expected.map((hit) => globalIdOf(hit.node)).sort());
      for (const hit of actual) expect(hit.node).toEqual(expected.find((other) => globalIdOf(other.node) === globalIdOf(hit.node))!.node);
      expect(actual.map((hit) => hit.score)).toEqual(actual.map((hit) => hit.score).sort((a, b) => b - a));
      if (expected.length > 0) withHits++;
    }
    // Not a vacuous agreement: most strings find something.
    expect(withHits).toBeGreaterThan(SEARCHES.length / 2);
  });

  it('search over GraphQL: the same hits, or the same coded error, for every hostile string', async () => {
    const onMemory = executorFor(memory).execute;
    const onNeo4j = executorFor(neo4j).execute;
    const query = 'query ($q: String!) { search(query: $q, first: 100) { node { id } } }';
    const answer = (response: GraphQLResponse) =>
      response.errors ? response.errors.map((error) => error.extensions?.code) : response.data.search.map((hit: any) => hit.node.id).sort();
    for (const [label, q] of SEARCHES) {
      const [expected, actual] = await Promise.all([onMemory(query, { q }), onNeo4j(query, { q })]);
      // Past `first` the stores' scores decide which hits make the cut; the whole sets are compared above.
      if (expected.data?.search.length === 100) expect(actual.data?.search, label).toHaveLength(100);
      else expect(answer(actual), label).toEqual(answer(expected));
    }
    // "\u0000migration" once found nothing in the memory store and the migration hits in Neo4j: both find the latter.
    const [nul, plain] = await Promise.all([onNeo4j(query, { q: '\u0000migration' }), onMemory(query, { q: 'migration' })]);
    expect(answer(nul)).toEqual(answer(plain));
    expect(answer(plain).length).toBeGreaterThan(5);
  });

  it('the same GraphQL answers to the contract queries (search scores aside)', async () => {
    const onMemory = executorFor(memory).execute;
    const onNeo4j = executorFor(neo4j).execute;
    const queries = [
      `{ actors(first: 100) { totalCount edges { cursor node { id key name category aliases } } pageInfo { hasNextPage endCursor } } }`,
      `{ actors(category: ISCM, first: 3) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }`,
      `{ actor(key: "trade-unions") { objectives(first: 23) { totalCount edges { basis node { number title } paragraphs { ref text } quotes { key text highlights sourceLine paragraph { ref } } } } } }`,
      `{ objective(number: 6) { number title shortTitle paragraph { ref } paragraphs { ref } actors(first: 50) { totalCount edges { basis paragraphs { ref } quotes { key } node { key } } } entryPoints { id level action engagement } } }`,
      `{ objectives { id number title shortTitle paragraph { ref section text } } }`,
      `{ paragraph(ref: "34f") { id ref number letter item section text quotes { id text } actors { key } referencePhrases { key wording group } } }`,
      `{ paragraphs(objective: 18, first: 100) { totalCount nodes { ref } } byActor: paragraphs(actor: "gfmd", first: 5) { totalCount nodes { ref } pageInfo { endCursor } } }`,
      `{ referencePhrases { id key wording group paragraphs { ref } actors { key } } }`,
      `{ entryPoints { id level objective { number } action engagement } global: entryPoints(level: GLOBAL, objective: 6) { id } }`,
      `{ actor(key: "gfmd") { mentions(first: 5) { totalCount edges { cursor node { id key sourceLine actors { key } } } } paragraphs(first: 50) { totalCount nodes { ref } } referencePhrases { key } } }`,
      `{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { length nodes { id } relationships { type from to } } }`,
      `{ shortestPath(from: "Objective:14", to: "EntryPoint:regional-1", maxHops: 8) { length nodes { id } relationships { type from to } } }`,
      `{ neighbourhood(id: "Actor:trade-unions", hops: 2) { truncated nodes { id label name } edges { type from to } } }`,
      `{ node(id: "Paragraph:22(b)") { id ... on Paragraph { ref objective { number } } } unknown: node(id: "Actor:nobody") { id } }`,
      `{ search(query: "remittance", first: 5) { snippet node { id } } }`,
      `{ allShortestPaths(from: "Actor:trade-unions", to: "Actor:imrf", first: 100) { length sentence steps { from { id } to { id } phrase relationship { type from to } } } }`,
      `{ paths(from: "Actor:trade-unions", to: "Actor:gfmd", maxHops: 5, first: 100, filter: { nodeKinds: [Paragraph, Actor, Objective] }) { length sentence } }`,
      `{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd", filter: { nodeKinds: [Paragraph, Actor] }) { sentence } }`,
      `{ neighbourhood(id: "Objective:18", hops: 2, nodeKinds: [Actor, Paragraph], relationshipTypes: [MENTIONS, IN_OBJECTIVE]) { nodes { id } edges { type from to } } }`,
      `{ coMentions(actor: "private-sector", first: 100) { actor { key } weight paragraphs { ref } } }`,
      `{ actorNetwork(minWeight: 2, categories: [NON_STATE, ISCM]) { nodes { id label name } edges { from to weight paragraphs { ref } } } }`,
      `{ coverage { rows { actor { key } objectiveCount paragraphCount quoteCount } columns { objective { number } actorCount paragraphCount quoteCount } cells { actor { key } objective { number } paragraphCount quoteCount basis } } }`,
      `{ coverage(categories: [ISCM], basis: [ENTRY_POINT, SUMMARY]) { cells { actor { key } objective { number } basis } } }`,
      `{ compareActors(a: "iscm", b: "gfmd") { similarity shared { objective { number } paragraphs { ref } a { basis } b { basis } } onlyA { objective { number } } onlyB { objective { number } quotes { key } } } }`,
      `{ actors(orderBy: MENTION_COUNT, objective: 6, first: 10) { totalCount edges { cursor node { key } } } named: actors(nameContains: "migra", first: 5) { totalCount nodes { key } } }`,
      `{ paragraphs(orderBy: MENTION_COUNT, section: OBJECTIVES, text: "cooperation", first: 10) { totalCount nodes { ref } pageInfo { endCursor } } }`,
      `{ quotes(orderBy: COMPACT_ORDER, actor: "civil-society", first: 10) { totalCount nodes { key } } six: quotes(objective: 6, text: "labour", first: 5) { totalCount nodes { key } } }`,
    ];
    for (const query of queries) {
      const [expected, actual] = await Promise.all([onMemory(query), onNeo4j(query)]);
      expect(actual.errors, query).toBeUndefined();
      expect(JSON.stringify(actual.data), query).toBe(JSON.stringify(expected.data));
    }
  });
});
