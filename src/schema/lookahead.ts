import { Kind, valueFromASTUntyped, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import type { LinkDetail } from '../store/graph-store.ts';

/** The fields named `name` directly in a selection set, looking through fragments. */
function fieldsNamed(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo) {
  const found: { selectionSet?: SelectionSetNode; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsNamed(selection.selectionSet, name, info));
    } else {
      found.push(...fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info));
    }
  }
  return found;
}

/**
 * What the `edges` under an actor–objective connection field read of each link: quotes, as many as the
 * largest `quotes(first: n)` (null when one asks for all, 0 when none asks), and paragraphs when an edge
 * reads them or its quotes (a quote's paragraph is one of them). Lets the store send only that: at scale
 * a link carries thousands of quotes, and counting links needs neither.
 */
export function linkDetailWanted(info: GraphQLResolveInfo): LinkDetail {
  let quotesPerLink: number | null = 0;
  let paragraphs = false;
  for (const field of info.fieldNodes) {
    for (const edges of fieldsNamed(field.selectionSet, 'edges', info)) {
      if (fieldsNamed(edges.selectionSet, 'paragraphs', info).length > 0) paragraphs = true;
      for (const quotes of fieldsNamed(edges.selectionSet, 'quotes', info)) {
        paragraphs = true;
        const first = quotes.arguments?.find((argument) => argument.name.value === 'first');
        const value = first ? valueFromASTUntyped(first.value, info.variableValues) : null;
        quotesPerLink = typeof value === 'number' && quotesPerLink !== null ? Math.max(quotesPerLink, value) : null;
      }
    }
  }
  return { quotesPerLink, paragraphs };
}
