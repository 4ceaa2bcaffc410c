// Facets: a filtered list (quotes, paragraphs, actors) or a search counted whole, not a page, by the
// dimensions of the catalogue's FACETS and SEARCH_FACETS. Every bucket is `{ value count }`, plus the node
// where the value is one's key. A dimension field declares itself to the planner (`facetDimension`), and
// a connection's `facets` field declares that it reads facets (`readsFacets`): the store counts only the
// dimensions selected, in the list's own call (src/schema/plan.ts, facetsFor).
import type { GraphQLResolveInfo } from 'graphql';
import { FACETS, SEARCH_FACETS, type FacetDescriptor, type FacetDimension, type FacetedKind } from '../graph/catalogue.ts';
import type { NodeKind } from '../graph/model.ts';
import type { FacetBucket, FacetCounts } from '../store/graph-store.ts';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import type { PlannerExtensions } from './plan.ts';
import { ActorCategoryEnum, ActorRef, LinkBasisEnum, NodeKindEnum, ObjectiveRef, SectionEnum } from './refs.ts';

const count = { description: 'How many items of the whole filtered list have this value.' };

/** A bucket whose value is a node's key: the node comes with it. */
function nodeBucket(name: string, kind: 'Actor' | 'Objective', ref: typeof ActorRef | typeof ObjectiveRef) {
  return builder.objectRef<FacetBucket>(name).implement({
    description: `A value of a facet: the key of ${kind === 'Actor' ? 'an actor' : 'an objective'}, with how many items have it.`,
    fields: (t) => ({
      value: t.exposeString('value', { description: `The ${kind === 'Actor' ? 'actor' : 'objective'}'s key.` }),
      count: t.exposeInt('count', count),
      node: t.field({
        type: ref as typeof ActorRef,
        nullable: true,
        resolve: (bucket, _args, context: Context) => context.loaders.node(kind as NodeKind).load(bucket.value) as never,
      }),
    }),
  });
}

/** A bucket whose value is one of an enum's. */
function enumBucket(name: string, type: typeof ActorCategoryEnum | typeof SectionEnum | typeof LinkBasisEnum | typeof NodeKindEnum) {
  return builder.objectRef<FacetBucket>(name).implement({
    description: 'A value of a facet, with how many items have it.',
    fields: (t) => ({
      value: t.field({ type: type as typeof SectionEnum, resolve: (bucket) => bucket.value as never }),
      count: t.exposeInt('count', count),
    }),
  });
}

const ActorBucket = nodeBucket('ActorFacetBucket', 'Actor', ActorRef);
const ObjectiveBucket = nodeBucket('ObjectiveFacetBucket', 'Objective', ObjectiveRef);
const CategoryBucket = enumBucket('ActorCategoryFacetBucket', ActorCategoryEnum);

/** The bucket type of each dimension: a dimension added to the catalogue and forgotten here fails the type check. */
const BUCKETS: Record<FacetDimension, ReturnType<typeof nodeBucket> | ReturnType<typeof enumBucket>> = {
  actor: ActorBucket,
  objective: ObjectiveBucket,
  actorCategory: CategoryBucket,
  category: CategoryBucket,
  section: enumBucket('SectionFacetBucket', SectionEnum),
  linkBasis: enumBucket('LinkBasisFacetBucket', LinkBasisEnum),
  kind: enumBucket('NodeKindFacetBucket', NodeKindEnum),
};

/** An object type with one list of buckets per dimension of `descriptors`, each declared to the planner. */
function facetsType(name: string, description: string, descriptors: Partial<Record<FacetDimension, FacetDescriptor>>) {
  return builder.objectRef<FacetCounts>(name).implement({
    description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(descriptors).map(([dimension, descriptor]) => [
          dimension,
          t.field({
            type: [BUCKETS[dimension as FacetDimension] as typeof ActorBucket],
            description: `${descriptor!.description} By count, most first, then by value.`,
            extensions: { facetDimension: dimension as FacetDimension } satisfies PlannerExtensions,
            resolve: (counts) => counts[dimension as FacetDimension] ?? [],
          }),
        ]),
      ),
  });
}

const WHOLE_LIST = 'Counts of the whole filtered list, not of the page';

/** The facets type of each kind whose lists have facets. */
export const FACETS_TYPES: Record<FacetedKind, ReturnType<typeof facetsType>> = {
  Actor: facetsType('ActorFacets', `${WHOLE_LIST}: actors by category, by linked objective and by link basis.`, FACETS.Actor),
  Paragraph: facetsType('ParagraphFacets', `${WHOLE_LIST}: paragraphs by actor mentioned, actor category, objective and section.`, FACETS.Paragraph),
  Quote: facetsType('QuoteFacets', `${WHOLE_LIST}: quotes by actor, actor category, objective and section.`, FACETS.Quote),
};

export const SearchFacetsRef = facetsType('SearchFacets', 'Counts of every hit of a search, not only the first: hits by kind of node.', SEARCH_FACETS);

/** The `facets` field of a connection of `kind`: the counts its store call brought along, null below a node. */
export function facetsField(kind: FacetedKind) {
  return {
    type: FACETS_TYPES[kind],
    nullable: true as const,
    description:
      'The whole filtered list counted by each dimension selected (not the page); the store counts only what is selected, in the same call. Null on a list below a node (e.g. Actor.mentions): ask the top-level list with that filter.',
    extensions: { readsFacets: true } satisfies PlannerExtensions,
    resolve: (connection: { facets?: FacetCounts | null }, _args: object, _context: Context, _info: GraphQLResolveInfo) => connection.facets ?? null,
  };
}
