import { WHOLE_LIST, type Context } from '../context.ts';
import type { RelatedNode, RelationName } from '../store/graph-store.ts';
import { builder } from './builder.ts';
import { offsetConnection, type ConnectionArgs } from './pagination.ts';
import { ActorRef, ParagraphRef, QuoteRef } from './refs.ts';

// Connection types shared by several fields, so clients meet one `QuoteConnection`, not one per field.
export const ActorConnection = builder.connectionObject({ type: ActorRef, name: 'ActorConnection' }, { name: 'ActorEdge' });
export const ParagraphConnection = builder.connectionObject(
  { type: ParagraphRef, name: 'ParagraphConnection' },
  { name: 'ParagraphEdge' },
);
export const QuoteConnection = builder.connectionObject({ type: QuoteRef, name: 'QuoteConnection' }, { name: 'QuoteEdge' });

/** A page of a relation of one node, batched with every sibling asking for the same window. */
export function relatedConnection<R extends RelationName>(relation: R, key: string, args: ConnectionArgs, context: Context) {
  return offsetConnection(args, context.config, (page) => context.loaders.related(relation, page).load(key));
}

/** The whole of a relation of one node, for short lists. */
export async function relatedList<R extends RelationName>(relation: R, key: string, context: Context): Promise<RelatedNode<R>[]> {
  const page = await context.loaders.related(relation, WHOLE_LIST).load(key);
  return page.rows;
}
