import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { phraseOf, sentenceOf } from '../graph/explain.ts';
import { globalIdOf, parseGlobalId, wrapperIdOf } from '../graph/global-id.ts';
import type { NodeKind, NodeRef, RelationshipType } from '../graph/model.ts';
import { displayName, propertiesReadBy } from '../graph/catalogue.ts';
import { echo, limitExceededError, userInputError } from '../errors.ts';
import type { PathFilter, PathResult } from '../store/graph-store.ts';
import { builder, notAGlobalIdError } from './builder.ts';
import { BREADTH_FIRST_SEARCH_WORK, researchWork } from './work.ts';
import { checkPageSize } from './pagination.ts';
import type { PlannerExtensions } from './plan.ts';
import { canonicalRef } from './paragraph.ts';
import {
  NodeKindEnum,
  PathFilterInput,
  PathRef,
  PathRelationshipRef,
  PathStepRef,
  RelationshipTypeEnum,
  SubgraphNodeRef,
  SubgraphRef,
} from './refs.ts';

/** Reads a client's global id, accepting the same loose paragraph refs as `paragraph(ref:)`. */
export function nodeRefOf(id: string): NodeRef {
  const ref = parseGlobalId(id.trim());
  if (!ref) throw notAGlobalIdError(id);
  return ref.kind === 'Paragraph' ? { kind: 'Paragraph', key: canonicalRef(ref.key) } : ref;
}

export function checkRange(name: string, value: number, max: number, min = 0): void {
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

builder.objectType(PathStepRef, {
  description: 'One hop of a path, in the direction walked, with the relationship it follows read that way.',
  fields: (t) => ({
    from: t.field({ type: builder.nodeInterfaceRef(), description: 'The node the hop leaves.', resolve: (step) => step.from }),
    to: t.field({ type: builder.nodeInterfaceRef(), description: 'The node the hop reaches.', resolve: (step) => step.to }),
    relationship: t.field({ type: PathRelationshipRef, description: 'The relationship as stored (its own from and to).', resolve: (step) => step.relationship }),
    phrase: t.string({
      description: 'The relationship read from `from` to `to`: MENTIONS walked from a paragraph is "mentions", from an actor "mentioned in".',
      resolve: (step) => phraseOf(step.relationship, step.from),
    }),
  }),
});

builder.objectType(PathRef, {
  description: 'A path through the graph, relationships followed in either direction.',
  fields: (t) => ({
    length: t.int({ description: 'The number of relationships.', resolve: (path) => path.relationships.length }),
    nodes: t.field({ type: [builder.nodeInterfaceRef()], resolve: (path) => path.nodes }),
    relationships: t.field({ type: [PathRelationshipRef], resolve: (path) => path.relationships }),
    steps: t.field({
      type: [PathStepRef],
      description: 'The hops in walking order, each explained.',
      resolve: (path) => path.relationships.map((relationship, i) => ({ from: path.nodes[i]!, to: path.nodes[i + 1]!, relationship })),
    }),
    sentence: t.string({
      description: 'The path as one printable line: "Trade unions — is listed in the summary for — Objective 18 — includes — §34f — mentions — Global Forum on Migration and Development".',
      extensions: { readsNodeProperties: propertiesReadBy('pathName') } satisfies PlannerExtensions,
      resolve: (path) => sentenceOf(path),
    }),
  }),
});

builder.objectType(SubgraphNodeRef, {
  description: 'A node of a subgraph, labelled for drawing.',
  fields: (t) => ({
    id: t.id({
      description: 'Its own id, e.g. `SubgraphNode:Actor:gfmd`, never the id of the node it draws (caches key objects on ids); edges name the drawn node, `node.id`, in `from` and `to`.',
      resolve: (node) => wrapperIdOf('SubgraphNode', node),
    }),
    label: t.string({ description: 'The node kind: Actor, Objective, Paragraph, ...', resolve: (node) => node.kind }),
    name: t.string({
      description: 'A short display name.',
      extensions: { readsNodeProperties: propertiesReadBy('displayName') } satisfies PlannerExtensions,
      resolve: (node) => displayName(node),
    }),
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

/** A filter as the stores take it: GraphQL gives null for an absent list. */
function pathFilterOf(filter: { relationshipTypes?: RelationshipType[] | null; nodeKinds?: NodeKind[] | null } | null | undefined): PathFilter {
  return { relationshipTypes: filter?.relationshipTypes ?? null, nodeKinds: filter?.nodeKinds ?? null };
}

/** The research queries answer an unknown end with a coded error, naming it: an empty list would read as "not connected". */
async function unknownEndError(context: Context, ends: NodeRef[]) {
  for (const end of ends) {
    if (!(await context.loaders.node(end.kind).load(end.key))) return userInputError(`no node ${echo(globalIdOf(end))}`);
  }
  return userInputError(`no node ${ends.map((end) => echo(globalIdOf(end))).join(' or ')}`);
}

/** Runs a many-paths store call with its arguments checked: unknown ends give BAD_USER_INPUT, caps LIMIT_EXCEEDED. */
async function pathsBetween(
  context: Context,
  args: { from: string | number; to: string | number; first?: number | null },
  load: (from: NodeRef, to: NodeRef, first: number) => Promise<PathResult[] | null>,
): Promise<PathResult[]> {
  checkPageSize('first', args.first, context.config);
  const from = nodeRefOf(String(args.from));
  const to = nodeRefOf(String(args.to));
  const paths = await load(from, to, args.first ?? context.config.DEFAULT_PAGE_SIZE);
  if (paths === null) throw await unknownEndError(context, [from, to]);
  return paths;
}

const DEFAULT_SIMPLE_PATH_HOPS = 4;
const DEFAULT_SHORTEST_PATH_HOPS = 6;

interface PathArgs {
  maxHops?: number | null;
  first?: number | null;
}

/**
 * The nodes a page of paths holds: what reading them back costs beside the search. Arguments over their
 * caps count at the cap: the resolver refuses them before any work.
 */
const pathsOut = ({ maxHops, first }: PathArgs, config: Config, defaultHops: number, maxHopsCap: number) =>
  Math.min(first ?? config.DEFAULT_PAGE_SIZE, config.MAX_PAGE_SIZE) * (Math.min(maxHops ?? defaultHops, maxHopsCap) + 1);

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      'A shortest path between two nodes, relationships followed in either direction; null when there is none within maxHops or a node is unknown. Among equally short paths, the one whose node ids sort first.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: DEFAULT_SHORTEST_PATH_HOPS }),
      filter: t.arg({ type: PathFilterInput, description: 'Which relationships and which kinds of node in between the path may use.' }),
    },
    extensions: researchWork<PathArgs>((args, config) => BREADTH_FIRST_SEARCH_WORK + pathsOut({ ...args, first: 1 }, config, DEFAULT_SHORTEST_PATH_HOPS, config.MAX_PATH_HOPS)),
    resolve: async (_root, args, context) => {
      const maxHops = args.maxHops ?? DEFAULT_SHORTEST_PATH_HOPS;
      checkRange('maxHops', maxHops, context.config.MAX_PATH_HOPS, 1);
      const paths = await context.store.paths(nodeRefOf(String(args.from)), nodeRefOf(String(args.to)), { shape: 'shortest', maxHops, filter: pathFilterOf(args.filter), first: 1 }, context.projection);
      return paths?.[0] ?? null;
    },
  }),
  allShortestPaths: t.field({
    type: [PathRef],
    description:
      'Every shortest path between two nodes (as distinct node sequences; of parallel relationships, the type that sorts first), ordered by their node ids, at most `first` (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE). Empty when there is none within maxHops; BAD_USER_INPUT for an unknown node.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: DEFAULT_SHORTEST_PATH_HOPS, description: 'At most MAX_PATH_HOPS.' }),
      filter: t.arg({ type: PathFilterInput }),
      first: t.arg.int(),
    },
    extensions: researchWork<PathArgs>((args, config) => BREADTH_FIRST_SEARCH_WORK + pathsOut(args, config, DEFAULT_SHORTEST_PATH_HOPS, config.MAX_PATH_HOPS)),
    resolve: (_root, args, context) => {
      const maxHops = args.maxHops ?? DEFAULT_SHORTEST_PATH_HOPS;
      checkRange('maxHops', maxHops, context.config.MAX_PATH_HOPS, 1);
      return pathsBetween(context, args, (from, to, first) => context.store.paths(from, to, { shape: 'shortest', maxHops, filter: pathFilterOf(args.filter), first }, context.projection));
    },
  }),
  paths: t.field({
    type: [PathRef],
    description:
      'Simple paths (no node twice) of 1 to `maxHops` relationships between two nodes, shortest first, then by their node ids, at most `first` (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE). BAD_USER_INPUT for an unknown node; LIMIT_EXCEEDED when the search would consider more than MAX_PATH_CANDIDATES candidate paths.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ description: `At most MAX_SIMPLE_PATH_HOPS (default 5); ${DEFAULT_SIMPLE_PATH_HOPS} when not given (or the cap, if lower).` }),
      first: t.arg.int(),
      filter: t.arg({ type: PathFilterInput }),
    },
    // The search may consider MAX_PATH_CANDIDATES candidate paths, whatever it returns.
    extensions: researchWork<PathArgs>((args, config) => config.MAX_PATH_CANDIDATES + pathsOut(args, config, DEFAULT_SIMPLE_PATH_HOPS, config.MAX_SIMPLE_PATH_HOPS)),
    resolve: (_root, args, context) => {
      const cap = context.config.MAX_SIMPLE_PATH_HOPS;
      const maxHops = args.maxHops ?? Math.min(DEFAULT_SIMPLE_PATH_HOPS, cap);
      checkRange('maxHops', maxHops, cap, 1);
      return pathsBetween(context, args, (from, to, first) => context.store.paths(from, to, { shape: 'simple', maxHops, filter: pathFilterOf(args.filter), first, maxCandidates: context.config.MAX_PATH_CANDIDATES }, context.projection));
    },
  }),
  neighbourhood: t.field({
    type: SubgraphRef,
    nullable: true,
    description: 'The nodes within `hops` relationships of a node and the relationships among them; null for an unknown node.',
    args: {
      id: t.arg.id({ required: true }),
      hops: t.arg.int({ defaultValue: 1 }),
      nodeKinds: t.arg({ type: [NodeKindEnum], description: 'Reach only nodes of these kinds (the centre is exempt).' }),
      relationshipTypes: t.arg({ type: [RelationshipTypeEnum], description: 'Follow, and return, only relationships of these types.' }),
    },
    // Each hop may reach up to MAX_NEIGHBOURHOOD_NODES nodes before the cap keeps the nearest.
    extensions: researchWork<{ hops?: number | null }>((args, config) => config.MAX_NEIGHBOURHOOD_NODES * Math.min(Math.max(1, args.hops ?? 1), config.MAX_NEIGHBOURHOOD_HOPS)),
    resolve: async (_root, args, context) => {
      const hops = args.hops ?? 1;
      checkRange('hops', hops, context.config.MAX_NEIGHBOURHOOD_HOPS);
      const maxNodes = context.config.MAX_NEIGHBOURHOOD_NODES;
      // Ask for one node more than the cap, to tell whether the cap cut anything.
      const result = await context.store.neighbourhood(nodeRefOf(String(args.id)), hops, maxNodes + 1, pathFilterOf(args), context.projection);
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
