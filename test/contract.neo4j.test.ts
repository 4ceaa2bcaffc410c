import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { globalIdOf } from '../src/graph/global-id.ts';
import { ACTOR_CATEGORIES, ENGAGEMENT_LEVELS, NODE_KINDS, RELATIONSHIP_TYPES, type NodeRef } from '../src/graph/model.ts';
import { RELATIONS, type GraphStore, type RelationName } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { batchingSuite } from './contract/batching.ts';
import { contractSuite } from './contract/suite.ts';
import { executorFor } from './helpers.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

contractSuite('neo4j', () => openNeo4jStore());

describe('neo4j store', () => {
  batchingSuite(() => openNeo4jStore());
});

const { graph } = loadSeedGraph();
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
    neo4j = await openNeo4jStore();
  });
  afterAll(() => neo4j.close());

  /** Both stores' answers to the same call, as JSON: order, tie-breaks and null fields included. */
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

  it('objective links from both ends', async () => {
    await expectSame((store) => store.objectiveLinksOfActors([...keysOf('Actor'), 'no-such-actor']));
    await expectSame((store) => store.actorLinksOfObjectives(Array.from({ length: 25 }, (_, i) => i)));
  });

  it('the filtered lists', async () => {
    const pages = [{ offset: 0, limit: null }, { offset: 3, limit: 4 }];
    for (const category of [null, ...ACTOR_CATEGORIES]) for (const page of pages) await expectSame((store) => store.actors({ category }, page));
    for (const objective of [null, 6, 18, 99]) {
      for (const actor of [null, 'trade-unions', 'gfmd', 'no-such-actor']) {
        for (const page of pages) await expectSame((store) => store.paragraphs({ objective, actor }, page));
      }
    }
    await expectSame((store) => store.objectives());
    await expectSame((store) => store.referencePhrases());
    for (const level of [null, ...ENGAGEMENT_LEVELS]) {
      for (const objective of [null, 6, 7, 99]) await expectSame((store) => store.entryPoints({ level, objective }));
    }
  });

  it('shortest paths, with the same tie-break and each relationship as stored', async () => {
    const refs: NodeRef[] = graph.nodes.map(({ kind, key }) => ({ kind, key }));
    const pick = sampler(7);
    for (let i = 0; i < 60; i++) {
      const [from, to] = [pick(refs), pick(refs)];
      await expectSame((store) => store.shortestPath(from, to, 8));
    }
    const tradeUnions = { kind: 'Actor', key: 'trade-unions' } as const;
    await expectSame((store) => store.shortestPath(tradeUnions, tradeUnions, 3));
    await expectSame((store) => store.shortestPath(tradeUnions, { kind: 'Actor', key: 'gfmd' }, 1));
    await expectSame((store) => store.shortestPath(tradeUnions, { kind: 'Actor', key: 'no-such-actor' }, 4));

    const path = await neo4j.shortestPath(tradeUnions, { kind: 'EntryPoint', key: 'global-21' }, 8);
    const stored = new Set(graph.relationships.map((r) => `${r.type} ${globalIdOf(r.from)} ${globalIdOf(r.to)}`));
    for (const step of path!.relationships) {
      expect(RELATIONSHIP_TYPES[step.type]).toEqual({ from: step.from.kind, to: step.to.kind });
      expect(stored.has(`${step.type} ${globalIdOf(step.from)} ${globalIdOf(step.to)}`)).toBe(true);
    }
  });

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

  it('search: the same hits (ranking differs: BM25 in Lucene and in MiniSearch score differently)', async () => {
    for (const query of ['trade unions', 'remittance', 'migrant workers', "IOM's dialogue", 'gfmd', 'trade AND (unions OR "x") ~ * ? [ ] :']) {
      const [expected, actual] = await Promise.all([memory.search(query, 1000), neo4j.search(query, 1000)]);
      expect(expected.length).toBeLessThan(1000);
      expect(actual.map((hit) => globalIdOf(hit.node)).sort()).toEqual(expected.map((hit) => globalIdOf(hit.node)).sort());
      for (const hit of actual) expect(hit.node).toEqual(expected.find((other) => globalIdOf(other.node) === globalIdOf(hit.node))!.node);
      expect(actual.map((hit) => hit.score)).toEqual(actual.map((hit) => hit.score).sort((a, b) => b - a));
    }
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
    ];
    for (const query of queries) {
      const [expected, actual] = await Promise.all([onMemory(query), onNeo4j(query)]);
      expect(actual.errors, query).toBeUndefined();
      expect(JSON.stringify(actual.data), query).toBe(JSON.stringify(expected.data));
    }
  });
});
