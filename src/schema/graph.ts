import { globalIdOf, parseGlobalId } from '../graph/global-id.ts';
import type { NodeRef } from '../graph/model.ts';
import { displayName } from '../graph/search-text.ts';
import { limitExceededError, userInputError } from '../errors.ts';
import { builder } from './builder.ts';
import { canonicalRef } from './paragraph.ts';
import { PathRef, PathRelationshipRef, RelationshipTypeEnum, SubgraphNodeRef, SubgraphRef } from './refs.ts';

/** Reads a client's global id, accepting the same loose paragraph refs as `paragraph(ref:)`. */
export function nodeRefOf(id: string): NodeRef {
  const ref = parseGlobalId(id.trim());
  if (!ref) throw userInputError(`"${id.slice(0, 80)}" is not a global id; expected Kind:key, e.g. Actor:trade-unions`);
  return ref.kind === 'Paragraph' ? { kind: 'Paragraph', key: canonicalRef(ref.key) } : ref;
}

function checkRange(name: string, value: number, max: number, min = 0): void {
  if (value < min) throw userInputError(`${name} must be at least ${min}, got ${value}`);
  if (value > max) throw limitExceededError(`${name} must be at most ${max}, got ${value}`);
}

builder.objectType(PathRelationshipRef, {
  description: 'A relationship as it is stored: from its start node to its end node.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeEnum, resolve: (step) => step.type }),
    from: t.id({ description: 'Global id of the start node.', resolve: (step) => globalIdOf(step.from) }),
    to: t.id({ description: 'Global id of the end node.', resolve: (step) => globalIdOf(step.to) }),
  }),
});

builder.objectType(PathRef, {
  description: 'A path through the graph, relationships followed in either direction.',
  fields: (t) => ({
    length: t.int({ description: 'The number of relationships.', resolve: (path) => path.relationships.length }),
    nodes: t.field({ type: [builder.nodeInterfaceRef()], resolve: (path) => path.nodes }),
    relationships: t.field({ type: [PathRelationshipRef], resolve: (path) => path.relationships }),
  }),
});

builder.objectType(SubgraphNodeRef, {
  description: 'A node of a subgraph, labelled for drawing.',
  fields: (t) => ({
    id: t.id({ resolve: (node) => globalIdOf(node) }),
    label: t.string({ description: 'The node kind: Actor, Objective, Paragraph, ...', resolve: (node) => node.kind }),
    name: t.string({ description: 'A short display name.', resolve: (node) => displayName(node) }),
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (node) => node }),
  }),
});

builder.objectType(SubgraphRef, {
  description: 'Nodes and the relationships among them, ready to draw.',
  fields: (t) => ({
    nodes: t.field({ type: [SubgraphNodeRef], resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [PathRelationshipRef], resolve: (graph) => graph.relationships }),
    truncated: t.boolean({
      description: 'True when the node cap cut the neighbourhood short (nearest nodes are kept).',
      resolve: (graph) => graph.truncated,
    }),
  }),
});

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      'A shortest path between two nodes, relationships followed in either direction; null when there is none within maxHops or a node is unknown. Among equally short paths, the one whose node ids sort first.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 6 }),
    },
    resolve: (_root, args, context) => {
      const maxHops = args.maxHops ?? 6;
      checkRange('maxHops', maxHops, context.config.MAX_PATH_HOPS, 1);
      return context.store.shortestPath(nodeRefOf(String(args.from)), nodeRefOf(String(args.to)), maxHops);
    },
  }),
  neighbourhood: t.field({
    type: SubgraphRef,
    nullable: true,
    description: 'The nodes within `hops` relationships of a node and the relationships among them; null for an unknown node.',
    args: {
      id: t.arg.id({ required: true }),
      hops: t.arg.int({ defaultValue: 1 }),
    },
    resolve: async (_root, args, context) => {
      const hops = args.hops ?? 1;
      checkRange('hops', hops, context.config.MAX_NEIGHBOURHOOD_HOPS);
      const maxNodes = context.config.MAX_NEIGHBOURHOOD_NODES;
      // Ask for one node more than the cap, to tell whether the cap cut anything.
      const result = await context.store.neighbourhood(nodeRefOf(String(args.id)), hops, maxNodes + 1);
      if (!result) return null;
      const truncated = result.nodes.length > maxNodes;
      if (!truncated) return { ...result, truncated };
      const nodes = result.nodes.slice(0, maxNodes);
      const kept = new Set(nodes.map(globalIdOf));
      const relationships = result.relationships.filter((r) => kept.has(globalIdOf(r.from)) && kept.has(globalIdOf(r.to)));
      return { nodes, relationships, truncated };
    },
  }),
}));
