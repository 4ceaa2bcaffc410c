import { propertiesReadBy, searchableText } from '../graph/catalogue.ts';
import { searchQueryWords, snippetOf } from '../graph/search-text.ts';
import { userInputError } from '../errors.ts';
import { builder } from './builder.ts';
import { ARGUMENT_LIMITS } from './inputs.ts';
import { checkPageSize } from './pagination.ts';
import { SearchHitRef } from './refs.ts';
import { SearchFacetsRef } from './facets.ts';
import { facetsFor, type PlannerExtensions } from './plan.ts';

/** The words of a search query, checked: the same for the hits and their facets, and for both stores. */
function searchWordsOf(query: string): string[] {
  if (query.trim().length > ARGUMENT_LIMITS.searchQuery) throw userInputError(`query must be at most ${ARGUMENT_LIMITS.searchQuery} characters`);
  const words = searchQueryWords(query);
  if (words.length === 0) throw userInputError('query must contain at least one word of letters or digits');
  return words;
}

builder.objectType(SearchHitRef, {
  description: 'One search result.',
  fields: (t) => ({
    score: t.float({ description: 'Relevance; higher is better. Comparable within one result list only.', resolve: (hit) => hit.score }),
    snippet: t.string({
      description: 'The matching passage, with the query words wrapped in **.',
      extensions: { readsNodeProperties: propertiesReadBy('searchText') } satisfies PlannerExtensions,
      resolve: (hit) => snippetOf(searchableText(hit.node) ?? '', hit.words),
    }),
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (hit) => hit.node }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: 'Full-text search over quote text, actor names and aliases, reference wordings and objective titles, best first.',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, { query, first }, context) => {
      // Normalised once, here: both stores receive the same words.
      const words = searchWordsOf(query);
      checkPageSize('first', first, context.config);
      const { hits } = await context.store.search(words, first ?? 10, [], context.projection);
      return hits.map((hit) => ({ ...hit, words }));
    },
  }),
);

builder.queryField('searchFacets', (t) =>
  t.field({
    type: SearchFacetsRef,
    description: 'Every hit of `search(query:)`, not only the first, counted by the dimensions selected (the kind of node). One store call, with no hit fetched.',
    args: { query: t.arg.string({ required: true }) },
    resolve: async (_root, { query }, context, info) => {
      const { facets } = await context.store.search(searchWordsOf(query), 0, facetsFor(info));
      return facets ?? {};
    },
  }),
);
