import { beforeAll, describe, expect, it } from 'vitest';
import { FACETS } from '../../src/graph/catalogue.ts';
import type { FacetDimension, GraphStore } from '../../src/store/graph-store.ts';
import { executorFor, type Execute } from '../helpers.ts';

/** Large enough for every list whole in one page: the facets are checked against the unpaged list. */
const WHOLE = 10_000;
const ENV = { MAX_PAGE_SIZE: String(WHOLE), DEFAULT_PAGE_SIZE: '20', MAX_COST: '100000000', GRAPH_STATS: '1' };

type Buckets = { value: string; count: number; node?: { id: string } | null }[];

/** Counts of the values each item has, each value once per item, as buckets: by count, most first, then value. */
function counted(items: readonly unknown[], valuesOf: (item: any) => readonly (string | number | null | undefined)[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const value of new Set(valuesOf(item).filter((value) => value !== null && value !== undefined).map(String))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const collator = new Intl.Collator('en', { numeric: true });
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

const bare = (buckets: Buckets) => buckets.map(({ value, count }) => ({ value, count }));

/** Each list, the filters a researcher would combine, and each dimension's values of one item read from the API's own fields. */
const LISTS = {
  quotes: {
    kind: 'Quote',
    filters: ['', 'actor: "trade-unions"', 'objective: 6', 'text: "migra"', 'actor: "gfmd", text: "forum"', 'objective: 99'],
    item: 'key actors { key category } paragraph { section objective { number } }',
    values: {
      actor: (quote: any) => quote.actors.map((actor: any) => actor.key),
      actorCategory: (quote: any) => quote.actors.map((actor: any) => actor.category),
      objective: (quote: any) => [quote.paragraph.objective?.number],
      section: (quote: any) => [quote.paragraph.section],
    },
  },
  paragraphs: {
    kind: 'Paragraph',
    filters: ['', 'actor: "private-sector"', 'objective: 18', 'section: IMPLEMENTATION', 'text: "regional"', 'orderBy: MENTION_COUNT'],
    item: 'ref section objective { number } actors { key category }',
    values: {
      actor: (paragraph: any) => paragraph.actors.map((actor: any) => actor.key),
      actorCategory: (paragraph: any) => paragraph.actors.map((actor: any) => actor.category),
      objective: (paragraph: any) => [paragraph.objective?.number],
      section: (paragraph: any) => [paragraph.section],
    },
  },
  actors: {
    kind: 'Actor',
    filters: ['', 'category: NON_STATE', 'objective: 6', 'nameContains: "migra"', 'orderBy: MENTION_COUNT'],
    item: 'key category objectives(first: 23) { edges { basis node { number } } }',
    values: {
      category: (actor: any) => [actor.category],
      objective: (actor: any) => actor.objectives.edges.map((edge: any) => edge.node.number),
      linkBasis: (actor: any) => actor.objectives.edges.flatMap((edge: any) => edge.basis),
    },
  },
} as const;

/** The selection of every facet of a kind, with the node of node-valued buckets. */
const facetSelection = (kind: keyof typeof FACETS) =>
  Object.entries(FACETS[kind])
    .map(([dimension, descriptor]) => `${dimension} { value count${'node' in descriptor ? ' node { id }' : ''} }`)
    .join(' ');

/**
 * The facets of the filtered lists and of search, on a store: each bucket counts the whole filtered list
 * (not the page), as counting the unpaged list through the API's own fields gives, for every dimension.
 */
export function facetSuite(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`facets on the ${storeName} store`, () => {
    let execute: Execute;
    let store: GraphStore;
    const listCalls: unknown[][] = [];

    beforeAll(async () => {
      store = await openStore();
      // Records what the store is asked, to see that facets are counted only when selected.
      const spying = new Proxy(store, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (property === 'list' || property === 'search') return (...args: unknown[]) => (listCalls.push([property, ...args]), (value as Function).apply(target, args));
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      execute = executorFor(spying, ENV).execute;
    });

    for (const [field, list] of Object.entries(LISTS)) {
      it(`${field}: every dimension of its facets counts the whole filtered list, for ${list.filters.length} filters`, async () => {
        let nonEmpty = 0;
        for (const filter of list.filters) {
          const args = (more: string) => `(${[filter, more].filter(Boolean).join(', ')})`;
          const query = `{ whole: ${field}${args(`first: ${WHOLE}`)} { totalCount nodes { ${list.item} } }
            page: ${field}${args('first: 2')} { totalCount nodes { __typename } facets { ${facetSelection(list.kind)} } } }`;
          const response = await execute(query);
          expect(response.errors, `${field}${args('')}`).toBeUndefined();
          const { whole, page } = response.data;
          expect(whole.nodes).toHaveLength(whole.totalCount);
          expect(page.nodes.length).toBeLessThanOrEqual(2);
          for (const [dimension, valuesOf] of Object.entries(list.values)) {
            const buckets = page.facets[dimension] as Buckets;
            expect(bare(buckets), `${field}${args('')} by ${dimension}`).toEqual(counted(whole.nodes, valuesOf));
            const nodeKind = (FACETS[list.kind] as Record<string, { node?: string }>)[dimension]!.node;
            for (const bucket of buckets) expect(bucket.node?.id, `${dimension} ${bucket.value}`).toBe(nodeKind ? `${nodeKind}:${bucket.value}` : undefined);
            if (buckets.length > 0) nonEmpty++;
          }
        }
        expect(nonEmpty).toBeGreaterThan(list.filters.length);
        // Each filter reads the whole list with its nodes' own lists: minutes on a cold, loaded Neo4j.
      }, 180_000);
    }

    it('search: searchFacets counts every hit by kind, not only the first', async () => {
      for (const query of ['migration', 'trade unions', 'regional forums', 'remittances', 'zzzz-nothing']) {
        const response = await execute(`query ($q: String!) { search(query: $q, first: ${WHOLE}) { node { __typename } } firstTwo: search(query: $q, first: 2) { score } searchFacets(query: $q) { kind { value count } } }`, { q: query });
        expect(response.errors, query).toBeUndefined();
        expect(response.data.firstTwo.length).toBeLessThanOrEqual(2);
        expect(response.data.searchFacets.kind, query).toEqual(counted(response.data.search, (hit) => [hit.node.__typename]));
      }
    });

    it('asks the store for facets only when they are selected, and counts them in the list\'s own call', async () => {
      listCalls.length = 0;
      const plain = await execute('{ quotes(first: 3) { totalCount nodes { key } } }');
      expect(plain.extensions?.stats.storeRoundTrips).toBe(1);
      expect(listCalls).toHaveLength(1);
      expect(listCalls[0]![4]).toEqual([]);

      listCalls.length = 0;
      const faceted = await execute('{ quotes(objective: 6, first: 3) { totalCount nodes { key } facets { section { value count } byActor: actor { value count } } } }');
      expect(faceted.errors).toBeUndefined();
      expect(faceted.extensions?.stats.storeRoundTrips).toBe(1);
      expect(listCalls).toHaveLength(1);
      expect(new Set(listCalls[0]![4] as FacetDimension[])).toEqual(new Set(['section', 'actor']));
      expect(faceted.data.quotes.facets.section).toEqual([{ value: 'OBJECTIVES', count: faceted.data.quotes.totalCount }]);
    });

    it('answers null facets on a list below a node, which is not a filtered list of its own', async () => {
      const response = await execute('{ actor(key: "gfmd") { mentions(first: 1) { totalCount facets { section { count } } } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data.actor.mentions.facets).toBeNull();
    });
  });
}
