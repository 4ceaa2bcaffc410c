import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { LinkRelationName, RelatedNode, RelationName } from '../graph/catalogue.ts';
import type { ObjectiveLink, PageOf } from '../store/graph-store.ts';
import { builder } from './builder.ts';
import { facetsField } from './facets.ts';
import { mapMaybePromise, offsetConnection, type ConnectionArgs } from './pagination.ts';
import { readFor, type PlannerExtensions } from './plan.ts';
import { ActorRef, ParagraphRef, QuoteRef, type LinkEdge } from './refs.ts';

// Connection types shared by several fields, so clients meet one `QuoteConnection`, not one per field. Each
// has the facets of its kind (src/schema/facets.ts), answered where the list is a filtered top-level list.
export const ActorConnection = builder.connectionObject(
  { type: ActorRef, name: 'ActorConnection', fields: (t) => ({ facets: t.field(facetsField('Actor')) }) },
  { name: 'ActorEdge' },
);
export const ParagraphConnection = builder.connectionObject(
  { type: ParagraphRef, name: 'ParagraphConnection', fields: (t) => ({ facets: t.field(facetsField('Paragraph')) }) },
  { name: 'ParagraphEdge' },
);
export const QuoteConnection = builder.connectionObject(
  { type: QuoteRef, name: 'QuoteConnection', fields: (t) => ({ facets: t.field(facetsField('Quote')) }) },
  { name: 'QuoteEdge' },
);

// The fields that read a list below a node: each declares the read (src/schema/plan.ts), and its resolver
// asks the loader of that read, which its parent's store call may already have filled. Spread into a field.

const declaring = (reads: PlannerExtensions['reads']) => ({ reads }) as Record<string, unknown>;

/** A plain list field: the whole of a relation of the node. */
export function relatedList<R extends RelationName>(relation: R) {
  return {
    extensions: declaring({ relation }),
    resolve: (node: { key: string }, _args: object, context: Context, info: GraphQLResolveInfo): RelatedNode<R>[] | Promise<RelatedNode<R>[]> =>
      mapMaybePromise(context.loaders.page(readFor(info), node.key) as PageOf<RelatedNode<R>> | Promise<PageOf<RelatedNode<R>>>, (page) => page.rows),
  };
}

/** A connection field: a page of a relation of the node, batched with every sibling asking for the same page. */
export function relatedConnection<R extends RelationName>(relation: R) {
  return {
    extensions: declaring({ relation }),
    resolve: (node: { key: string }, args: ConnectionArgs, context: Context, info: GraphQLResolveInfo) =>
      offsetConnection(args, context.config, (page) => context.loaders.page(readFor(info, page), node.key) as PageOf<RelatedNode<R>> | Promise<PageOf<RelatedNode<R>>>),
  };
}

/** A connection of the node's actor–objective links: each edge is a link, its node the link's other end. */
export function linkConnection<N>(links: LinkRelationName, end: (link: ObjectiveLink) => N) {
  return {
    extensions: declaring({ links }),
    resolve: (node: { key: string }, args: ConnectionArgs, context: Context, info: GraphQLResolveInfo) =>
      offsetConnection(
        args,
        context.config,
        (page) => context.loaders.page(readFor(info, page), node.key) as PageOf<ObjectiveLink> | Promise<PageOf<ObjectiveLink>>,
        (link, cursor): LinkEdge<N> => ({ link, node: end(link), cursor }),
      ),
  };
}
