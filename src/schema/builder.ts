import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { parseGlobalId, toGlobalId } from '../graph/global-id.ts';
import type { NodeKind, NodeOfKind } from '../graph/model.ts';
import type { FacetCounts } from '../store/graph-store.ts';
import { echo, userInputError } from '../errors.ts';
import { checkListLength } from './pagination.ts';
import type { PlannerExtensions } from './plan.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number; facets?: FacetCounts | null };
}>({
  plugins: [RelayPlugin],
  // The graph is complete: a field is null only where the schema says so.
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodesOnConnection: true,
    nodesQueryOptions: {
      description: 'Nodes by global id, in the order given; null for an unknown one. At most MAX_PAGE_SIZE ids, like every list.',
      resolve: (_root, { ids }, context, _info, resolveNodes) => {
        checkListLength('ids', ids.length, context.config);
        return resolveNodes(ids);
      },
    },
    encodeGlobalID: (typename, id) => toGlobalId(typename as NodeKind, String(id)),
    decodeGlobalID: (globalID) => {
      const ref = parseGlobalId(globalID);
      if (!ref) throw notAGlobalIdError(globalID);
      return { typename: ref.kind, id: ref.key };
    },
  },
});

/** The one answer to a malformed global id, wherever a client sends one. */
export function notAGlobalIdError(id: string) {
  return userInputError(`${echo(id)} is not a global id; expected Kind:key, e.g. Actor:trade-unions or Paragraph:22b`);
}

builder.queryType({ description: 'Who the Global Compact for Migration (A/RES/73/195) asks to do what.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'The number of items in the whole list, across all pages.',
    // A list read only for its count is counted, not fetched (src/schema/plan.ts).
    extensions: { readsNoRows: true } satisfies PlannerExtensions,
    resolve: (parent) => parent.totalCount,
  }),
);

/** The `node(id:)` loader of one kind, through the request's DataLoader (which already caches). */
export function loadNodes<K extends NodeKind>(kind: K) {
  return (keys: string[], context: Context): Promise<(NodeOfKind<K> | null)[]> =>
    Promise.all(keys.map((key) => context.loaders.node(kind).load(key)));
}
