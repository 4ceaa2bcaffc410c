import { beforeAll, expect, it } from 'vitest';
import { FLAGSHIP_QUERY } from '../../bench/queries.ts';
import { FULL_LINKS, WHOLE_LIST, type GraphStore, type LinkDetail, type LinkRelationName } from '../../src/store/graph-store.ts';
import { executorFor, type Execute } from '../helpers.ts';

// The flagship query lives with the benchmark, which times it on every system.
export { FLAGSHIP_QUERY };

/** The nesting levels of the flagship query: actors, objectives, edge paragraphs and quotes, the quotes' paragraph. */
const FLAGSHIP_LEVELS = 4;

export function batchingSuite(openStore: () => Promise<GraphStore>) {
  let execute: Execute;
  let store: GraphStore;
  /** Every link of each key, with `detail`. */
  const linksOf = async (relation: LinkRelationName, keys: string[], detail: LinkDetail = FULL_LINKS) =>
    (await store.links(relation, keys, detail, WHOLE_LIST)).map((page) => page.rows);
  beforeAll(async () => {
    store = await openStore();
    execute = executorFor(store).execute;
  });

  it('edges { quotes(first: n) }: the first n quotes of the link, quoteCount all of them, and only n per link from the store', async () => {
    const query = `query Edges($first: Int) { actors(first: 50) { nodes { key objectives(first: 23) { edges { quoteCount quotes(first: $first) { key } } } } } }`;
    const all = await execute(query, { first: null });
    const two = await execute(query, { first: 2 });
    expect(all.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    const edgesOf = (response: typeof all) => response.data.actors.nodes.flatMap((actor: any) => actor.objectives.edges);
    const [allEdges, twoEdges] = [edgesOf(all), edgesOf(two)];
    expect(allEdges.some((edge: any) => edge.quotes.length > 2)).toBe(true);
    allEdges.forEach((edge: any, index: number) => {
      expect(edge.quoteCount).toBe(edge.quotes.length);
      expect(twoEdges[index].quoteCount).toBe(edge.quoteCount);
      expect(twoEdges[index].quotes).toEqual(edge.quotes.slice(0, 2));
    });

    const actorKeys = all.data.actors.nodes.map((actor: any) => actor.key);
    const [limited, full] = await Promise.all([linksOf('actorObjectives', actorKeys, { quotesPerLink: 2, paragraphs: true }), linksOf('actorObjectives', actorKeys)]);
    expect(limited.flat().every((link) => link.quotes.length <= 2)).toBe(true);
    expect(limited.flat().map((link) => link.quoteCount)).toEqual(full.flat().map((link) => link.quotes.length));
    expect(limited.flat().map((link) => link.paragraphs)).toEqual(full.flat().map((link) => link.paragraphs));
    // Counting links: no quotes, no paragraphs, the same links and basis.
    const bare = await linksOf('objectiveActors', ['6', '18'], { quotesPerLink: 0, paragraphs: false });
    const whole = await linksOf('objectiveActors', ['6', '18']);
    expect(bare.flat().every((link) => link.quotes.length === 0 && link.paragraphs.length === 0)).toBe(true);
    expect(bare.flat().map((link) => [link.actor.key, link.basis, link.quoteCount])).toEqual(whole.flat().map((link) => [link.actor.key, link.basis, link.quotes.length]));
  });

  it('makes at most one store call per nesting level, whatever the list size', async () => {
    const trips: number[] = [];
    // 20 is as far as the default page cost lets the flagship go (`first` counts as a variable too).
    for (const first of [1, 5, 20]) {
      const response = await execute(FLAGSHIP_QUERY, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data.actors.edges.length).toBeGreaterThan(0);
      trips.push(response.extensions!.stats.storeRoundTrips);
    }
    expect(Math.max(...trips)).toBeLessThanOrEqual(FLAGSHIP_LEVELS);
    expect(trips[2]).toBe(trips[1]);
  });

  it('brings the actors’ objectives along with the page: the flagship is one store call, with the answer of the call per level', async () => {
    const folded = await execute(FLAGSHIP_QUERY, { first: 20 });
    expect(folded.errors).toBeUndefined();
    expect(folded.extensions!.stats.storeRoundTrips).toBe(1);
    // Two `objectives` fields asking for different detail: one call can't serve both, so the links come a
    // level later, one call per detail.
    const split = await execute(FLAGSHIP_QUERY.replace('objectives(first: 23) {', 'other: objectives { totalCount edges { quotes(first: 1) { key } } } objectives(first: 23) {'), {
      first: 20,
    });
    expect(split.errors).toBeUndefined();
    expect(split.extensions!.stats.storeRoundTrips).toBe(3);
    const withoutOther = split.data.actors.edges.map(({ node: { other: _other, ...actor } }: any) => ({ node: actor }));
    expect(withoutOther).toEqual(folded.data.actors.edges);
    split.data.actors.edges.forEach(({ node }: any) => {
      expect(node.other.totalCount).toBe(node.objectives.edges.length);
      node.other.edges.forEach((edge: any, index: number) => expect(edge.quotes).toEqual(node.objectives.edges[index].quotes.slice(0, 1).map(({ key }: any) => ({ key }))));
    });
  });

  it('brings the objectives’ actors along with the list: objectives with actor counts is one store call', async () => {
    const response = await execute(`{ objectives { number actors { totalCount edges { basis node { key } } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.extensions!.stats.storeRoundTrips).toBe(1);
    const read = { links: 'objectiveActors', detail: { quotesPerLink: 2, paragraphs: true }, page: { offset: 1, limit: 5 } } as const;
    const withLinks = await store.list({ kind: 'Objective' }, WHOLE_LIST, [read]);
    const objectives = (await store.list({ kind: 'Objective' }, WHOLE_LIST)).rows;
    expect(withLinks.rows).toEqual(objectives);
    const keys = objectives.map((objective) => objective.key);
    const pages = await store.links('objectiveActors', keys, read.detail, read.page);
    expect(withLinks.included).toHaveLength(1);
    expect(keys.map((key) => withLinks.included[0]!.pages.get(key))).toEqual(pages);
    const all = await linksOf('objectiveActors', keys);
    response.data.objectives.forEach((objective: any, index: number) => {
      expect(objective.actors.totalCount).toBe(all[index]!.length);
      expect(pages[index]!.totalCount).toBe(all[index]!.length);
      // The first page of them (the connection's default size), and only that page from the store.
      expect(objective.actors.edges.map((edge: any) => edge.node.key)).toEqual(all[index]!.slice(0, objective.actors.edges.length).map((link) => link.actor.key));
    });
  });

  it('counts an objective’s actors without their links when only totalCount is read', async () => {
    const counted = await execute(`{ objectives { number actors { totalCount } } }`);
    expect(counted.errors).toBeUndefined();
    // The objectives with a page of none of their links: counted in the same call.
    expect(counted.extensions!.stats.storeRoundTrips).toBe(1);
    const objectives = (await store.list({ kind: 'Objective' }, WHOLE_LIST)).rows;
    const links = await linksOf('objectiveActors', objectives.map((objective) => objective.key), { quotesPerLink: 0, paragraphs: false });
    expect(counted.data.objectives.map((objective: any) => objective.actors.totalCount)).toEqual(links.map((list) => list.length));
    expect(links.some((list) => list.length > 0)).toBe(true);
    // Counted beside read: both answers agree.
    const mixed = await execute(`{ objectives { counted: actors { totalCount } read: actors(first: 100) { totalCount edges { node { key } } } } }`);
    expect(mixed.errors).toBeUndefined();
    mixed.data.objectives.forEach((objective: any, index: number) => {
      expect(objective.counted.totalCount).toBe(links[index]!.length);
      expect(objective.read.totalCount).toBe(links[index]!.length);
    });
    const countsOnly = await store.links('objectiveActors', ['6', '999'], { quotesPerLink: 0, paragraphs: false }, { offset: 0, limit: 0 });
    expect(countsOnly).toEqual([
      { rows: [], totalCount: links[5]!.length },
      { rows: [], totalCount: 0 },
    ]);
  });

  it('brings a paragraph’s lists along with it: paragraph with quotes and actors is one store call, with the per-level answer', async () => {
    const fields = `ref section quotes { key text } actors { key name } referencePhrases { key }`;
    const folded = await execute(`{ paragraph(ref: "34f") { ${fields} } }`);
    // node(id:) resolves through the loaders, a level at a time.
    const perLevel = await execute(`{ node(id: "Paragraph:34f") { ... on Paragraph { ${fields} } } }`);
    expect(folded.errors).toBeUndefined();
    expect(folded.extensions!.stats.storeRoundTrips).toBe(1);
    expect(perLevel.extensions!.stats.storeRoundTrips).toBe(4);
    expect(folded.data.paragraph).toEqual(perLevel.data.node);
    expect(folded.data.paragraph.quotes.length).toBeGreaterThan(0);
    expect(folded.data.paragraph.actors.length).toBeGreaterThan(0);
    const unknown = await execute(`{ paragraph(ref: "12z") { quotes { key } } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.paragraph).toBeNull();
  });

  it('batches nested connections of many parents into one call', async () => {
    const response = await execute(`{ actors(first: 100) { nodes { mentions(first: 3) { totalCount nodes { key } } paragraphs(first: 2) { nodes { ref } } } } }`);
    expect(response.errors).toBeUndefined();
    // One call for the actors, one for all their mentions, one for all their paragraphs.
    expect(response.extensions!.stats.storeRoundTrips).toBe(3);
  });
}
