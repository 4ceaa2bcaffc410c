// The Neo4j store's shortest paths are the embedded store's, pair by pair: the same minimal paths in the
// same order, with and without a filter. The contract suite checks a few pairs by what they must hold;
// this checks many, spread over every kind, against the other store's answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { NODE_KINDS, type NodeKind, type NodeRef } from '../src/graph/model.ts';
import type { PathFilter, PathResult } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import type { Neo4jGraphStore } from '../src/store/neo4j/store.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

const { graph } = loadSeedGraph();

/** Every `step`th node of each kind, in the seed's order: a spread that reaches every kind. */
function sampleOf(kind: NodeKind, count: number): NodeRef[] {
  const keys = graph.nodes.filter((node) => node.kind === kind).map((node) => node.key);
  const step = Math.max(1, Math.floor(keys.length / count));
  return keys.filter((_key, index) => index % step === 0).slice(0, count).map((key) => ({ kind, key }));
}

const ends = NODE_KINDS.flatMap((kind) => sampleOf(kind, 4));
/** Each end with the ends after it, and one node with itself. */
const pairs: [NodeRef, NodeRef][] = [...ends.flatMap((from, index) => ends.slice(index + 1).map((to): [NodeRef, NodeRef] => [from, to])), [ends[0]!, ends[0]!]];

const FILTERS: Record<string, PathFilter> = {
  none: {},
  'paragraphs and actors between the ends': { nodeKinds: ['Paragraph', 'Actor'] },
  'the source document’s own links': { relationshipTypes: ['MENTIONS', 'IN_OBJECTIVE', 'SUMMARY_LISTS', 'QUOTES', 'FILED_UNDER'] },
};

const idsOf = (paths: PathResult[] | null) =>
  paths?.map((path) => ({
    nodes: path.nodes.map((node) => `${node.kind}:${node.key}`),
    relationships: path.relationships.map((step) => `${step.type} ${step.from.kind}:${step.from.key} ${step.to.kind}:${step.to.key}`),
  })) ?? null;

describe('shortest paths on Neo4j and on the embedded store', () => {
  let neo4j: Neo4jGraphStore;
  let memory: MemoryGraphStore;

  beforeAll(async () => {
    neo4j = await openNeo4jStore();
    memory = new MemoryGraphStore(graph);
  });
  afterAll(async () => {
    await neo4j?.close();
    await memory?.close();
  });

  it.each(Object.entries(FILTERS))('agree on every sampled pair, filter: %s', async (_name, filter) => {
    let connected = 0;
    for (const [from, to] of pairs) {
      const query = { shape: 'shortest' as const, maxHops: 6, filter, first: 20 };
      const [onNeo4j, inMemory] = await Promise.all([neo4j.paths(from, to, query), memory.paths(from, to, query)]);
      expect(idsOf(onNeo4j), `${from.kind}:${from.key} to ${to.kind}:${to.key}`).toEqual(idsOf(inMemory));
      if (inMemory && inMemory.length > 0) connected++;
    }
    // The sample must hold connected pairs, or agreeing on empty answers would prove nothing.
    expect(connected).toBeGreaterThan(pairs.length / 4);
  }, 120_000);
});
