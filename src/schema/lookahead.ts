import { Kind, valueFromASTUntyped, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named `name` directly in a selection set, looking through fragments. */
function fieldsNamed(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo) {
  const found: { selectionSet?: SelectionSetNode; arguments?: readonly { name: { value: string }; value: import('graphql').ValueNode }[] }[] = [];
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
 * How many quotes per link the `edges { quotes(first: n) }` under this connection field ask for: the
 * largest n, null when one of them asks for all (no `first`), 0 when no edge asks for quotes. Lets the
 * store send only the quotes a client will see: at scale a link carries thousands.
 */
export function edgeQuotesWanted(info: GraphQLResolveInfo): number | null {
  let wanted = 0;
  for (const field of info.fieldNodes) {
    for (const edges of fieldsNamed(field.selectionSet, 'edges', info)) {
      for (const quotes of fieldsNamed(edges.selectionSet, 'quotes', info)) {
        const first = quotes.arguments?.find((argument) => argument.name.value === 'first');
        const value = first ? valueFromASTUntyped(first.value, info.variableValues) : null;
        if (typeof value !== 'number') return null;
        wanted = Math.max(wanted, value);
      }
    }
  }
  return wanted;
}
