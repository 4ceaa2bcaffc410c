import type {
  ActorCategory,
  ActorNode,
  EngagementLevel,
  EntryPointNode,
  GraphData,
  GraphNode,
  GraphRelationship,
  LinkBasis,
  NodeKind,
  NodeOfKind,
  NodeRef,
  ObjectiveNode,
  ParagraphNode,
  QuoteNode,
  ReferencePhraseNode,
  RelationshipType,
  Section,
} from '../graph/model.ts';
import { LINK_RELATIONS, RELATIONS, type FacetDimension, type LinkRelationName, type RelatedNode, type RelationName } from '../graph/catalogue.ts';

export { LINK_RELATIONS, RELATIONS, type FacetDimension, type LinkRelationName, type RelatedNode, type RelationName } from '../graph/catalogue.ts';

/**
 * The properties of each kind of node an operation reads (besides `key`, always sent): a store may send
 * only these, and a node then lacks the others. One per operation, the same for every call it makes
 * (src/schema/plan.ts, projectionOf), so whatever a loader caches holds every property the operation
 * reads. Absent: whole nodes. The memory store always answers whole nodes.
 */
export type Projection = Readonly<Partial<Record<NodeKind, readonly string[]>>>;

/** A window of a list: `limit` null means to the end, 0 only counts. */
export interface Page {
  offset: number;
  limit: number | null;
}

/** The whole list. */
export const WHOLE_LIST: Page = { offset: 0, limit: null };

export interface PageOf<T> {
  rows: T[];
  /** The size of the whole list, counted without fetching it. */
  totalCount: number;
  /** When asked for: the whole list counted by each dimension asked (FACETS in the catalogue). */
  facets?: FacetCounts;
}

/** How many items of a whole list have one value of a dimension. */
export interface FacetBucket {
  value: string;
  count: number;
}

/** For each dimension asked, a bucket per value some item has, by count (most first), then value (numbers as numbers). */
export type FacetCounts = Partial<Record<FacetDimension, FacetBucket[]>>;

const VALUE_ORDER = new Intl.Collator('en', { numeric: true });

/** Buckets in the one order both stores give: by count, most first, then by value. */
export function orderBuckets(buckets: Iterable<FacetBucket>): FacetBucket[] {
  return [...buckets].sort((a, b) => b.count - a.count || VALUE_ORDER.compare(a.value, b.value));
}

/** A page of search hits, with the whole hit list's facets when asked for. */
export interface SearchPage {
  hits: SearchResult[];
  facets?: FacetCounts;
}

/**
 * Why an actor is linked to an objective, with the nodes behind the link, so that a client
 * walking actor → objectives → paragraphs and quotes costs one store call for the whole level.
 */
export interface ObjectiveLink {
  actor: ActorNode;
  objective: ObjectiveNode;
  basis: LinkBasis[];
  /** In the Compact's order; empty when the store was asked for links without them. */
  paragraphs: ParagraphNode[];
  /** In source order (sourceLine, then key): all of them, or the first `quotesPerLink` when the store was asked for fewer. */
  quotes: QuoteNode[];
  /** How many quotes the link has, however many `quotes` holds. */
  quoteCount: number;
}

/** How much of each link to send: a client reading only the link's basis needs neither quotes nor paragraphs. */
export interface LinkDetail {
  /** At most this many quotes per link; null: all. */
  quotesPerLink: number | null;
  /** false: `paragraphs` stays empty. */
  paragraphs: boolean;
}

/** Everything: every quote and paragraph of each link. */
export const FULL_LINKS: LinkDetail = { quotesPerLink: null, paragraphs: true };

/**
 * One list below a node, as a loader asks for it and as a store call can bring it along: a page of a
 * relation's nodes, or a page of a node's actor–objective links with the detail wanted.
 */
export type Read = { relation: RelationName; page: Page } | { links: LinkRelationName; detail: LinkDetail; page: Page };

/** A list that came along with a store call: for each node key of the call, its page of `read`. */
export interface Included {
  read: Read;
  pages: Map<string, PageOf<GraphNode> | PageOf<ObjectiveLink>>;
}

/** Nodes of one call, in key order, with what came along. */
export interface Found<N> {
  nodes: N[];
  included: Included[];
}

/** The filtered, ordered lists of the API, one form per kind; the kinds with no filter list all their nodes in their natural order. */
export type ListQuery =
  | { kind: 'Actor'; filter?: ActorFilter; order?: ActorOrder }
  | { kind: 'Paragraph'; filter?: ParagraphFilter; order?: ParagraphOrder }
  | { kind: 'Quote'; filter?: QuoteFilter; order?: QuoteOrder }
  | { kind: 'Objective' }
  | { kind: 'ReferencePhrase' }
  | { kind: 'EntryPoint'; filter?: EntryPointFilter };

/** A page of a list, with what came along. */
export type ListPage<K extends NodeKind> = PageOf<NodeOfKind<K>> & { included: Included[] };

/**
 * What a store call can bring along, the same for both stores so that both make the same round trips:
 * a node load, the whole lists of relations of those nodes; a list of actors or objectives, one page
 * of their links. The planner (src/schema/plan.ts) folds only these.
 */
export function canInclude(into: { nodesOf: NodeKind } | { listOf: NodeKind }, read: Read): boolean {
  if ('relation' in read) return 'nodesOf' in into && RELATIONS[read.relation].from === into.nodesOf && read.page.offset === 0 && read.page.limit === null;
  return 'listOf' in into && LINK_RELATIONS[read.links].from === into.listOf;
}

export interface ActorFilter {
  category?: ActorCategory | null;
  /** Actors linked to this objective (any basis), as `Actor.objectives`. */
  objective?: number | null;
  /** Case-insensitive, in the name or any alias. */
  nameContains?: string | null;
}

/** NAME: by name, then key. MENTION_COUNT: by the number of quotes in `Actor.mentions`, most first, then name, key. */
export type ActorOrder = 'NAME' | 'MENTION_COUNT';

export interface ParagraphFilter {
  objective?: number | null;
  actor?: string | null;
  section?: Section | null;
  /** Case-insensitive, in the text of any quote of the paragraph. */
  text?: string | null;
}

/** COMPACT_ORDER: the order of the Compact. MENTION_COUNT: by the number of actors mentioned, most first, then Compact order. */
export type ParagraphOrder = 'COMPACT_ORDER' | 'MENTION_COUNT';

export interface QuoteFilter {
  /** Quotes filed under or naming this actor, as `Actor.mentions`. */
  actor?: string | null;
  /** Quotes of a paragraph of this objective. */
  objective?: number | null;
  /** Case-insensitive, in the quote's text. */
  text?: string | null;
}

/** SOURCE_ORDER: by source line, then key. COMPACT_ORDER: by the Compact order of the paragraph, then source line, key. */
export type QuoteOrder = 'SOURCE_ORDER' | 'COMPACT_ORDER';

/**
 * What a traversal may use: only these relationship types, and only nodes of these kinds between
 * its ends (the ends themselves are exempt). Null or absent means no restriction.
 */
export interface PathFilter {
  relationshipTypes?: readonly RelationshipType[] | null;
  nodeKinds?: readonly NodeKind[] | null;
}

/** Actors named in the same paragraphs as another, with those paragraphs (in the Compact's order). */
export interface CoMention {
  actor: ActorNode;
  /** The number of shared paragraphs. */
  weight: number;
  paragraphs: ParagraphNode[];
}

/** An edge of the co-mention network: `from` sorts before `to` by key. */
export interface CoMentionEdge {
  from: ActorNode;
  to: ActorNode;
  weight: number;
  paragraphs: ParagraphNode[];
}

export interface ActorNetworkResult {
  /** Every actor of the chosen categories, by name, then key. */
  nodes: ActorNode[];
  /** Pairs of those actors sharing at least `minWeight` paragraphs, by from key, then to key. */
  edges: CoMentionEdge[];
}

export interface EntryPointFilter {
  level?: EngagementLevel | null;
  objective?: number | null;
}

export interface SearchResult {
  node: GraphNode;
  score: number;
}

/** Which paths between two nodes (see GraphStore.paths). */
/** `simple` paths carry the bound on the search's work: at most `maxCandidates` candidate paths, then pathSearchLimitError. */
export type PathQuery = { maxHops: number; filter: PathFilter; first: number } & ({ shape: 'shortest' } | { shape: 'simple'; maxCandidates: number });

export interface PathStep {
  type: RelationshipType;
  from: NodeRef;
  to: NodeRef;
}

export interface PathResult {
  nodes: GraphNode[];
  relationships: PathStep[];
}

export interface SubgraphResult {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/**
 * Everything the resolvers read, batch-shaped: keys in, one result per key out, in key order.
 * Each call is one round trip to the store (one Cypher statement on Neo4j). The calls that return nodes
 * take the operation's `projection`: every node they return (those of `include`d lists and links too)
 * has at least its properties; without one, whole nodes.
 */
export interface GraphStore {
  readonly name: 'memory' | 'neo4j';

  /** Nodes of one kind by key, null where a key is unknown; with `include` (see canInclude), the lists below them in the same call. */
  nodesByKey<K extends NodeKind>(kind: K, keys: readonly string[], include?: readonly Read[], projection?: Projection): Promise<Found<NodeOfKind<K> | null>>;

  /** For each key of `relation.from`, one page of the related nodes in the relation's order. */
  related<R extends RelationName>(relation: R, keys: readonly string[], page: Page, projection?: Projection): Promise<PageOf<RelatedNode<R>>[]>;

  /** For each key of `relation.from`, one page of its actor–objective links with `detail`, and how many it has; a page of 0 only counts. */
  links(relation: LinkRelationName, keys: readonly string[], detail: LinkDetail, page: Page, projection?: Projection): Promise<PageOf<ObjectiveLink>[]>;

  /**
   * One page of a filtered, ordered list; with `include` (see canInclude), what its nodes' fields read in the
   * same call; with `facets`, the whole list counted by those dimensions of its kind (FACETS), in the same call.
   */
  list<Q extends ListQuery>(query: Q, page: Page, include?: readonly Read[], facets?: readonly FacetDimension[], projection?: Projection): Promise<ListPage<Q['kind']>>;

  /**
   * Full-text search over quote text, actor names and aliases, phrase wordings and objective titles:
   * the first `first` nodes whose text has any of `words` (searchQueryWords of the user's query), best
   * first; with `facets`, every hit counted by those dimensions (SEARCH_FACETS), in the same call.
   */
  search(words: readonly string[], first: number, facets?: readonly FacetDimension[], projection?: Projection): Promise<SearchPage>;

  /**
   * Paths between two nodes, ignoring direction, of at most `maxHops` relationships, through what the
   * filter allows; the first `first`; [] when there is none, null when an end is unknown. `shortest`:
   * every shortest path (as distinct node sequences) by node-id sequence; a node's path to itself is that
   * node alone. `simple`: paths with no node twice, of 1 to `maxHops` relationships, by length, then
   * node-id sequence. Ties are broken the same way in every store: the path whose node ids, read in
   * order, sort first; between two nodes joined by several relationships, a path follows the one whose
   * type sorts first.
   */
  paths(from: NodeRef, to: NodeRef, query: PathQuery, projection?: Projection): Promise<PathResult[] | null>;

  /**
   * The nodes within `hops` of the centre (ignoring direction) and the relationships among them; null for an unknown centre.
   * With a filter, only its relationship types are followed and kept, and only nodes of its kinds are reached.
   */
  neighbourhood(center: NodeRef, hops: number, maxNodes: number, filter?: PathFilter, projection?: Projection): Promise<SubgraphResult | null>;

  /** Actors sharing MENTIONS paragraphs with one actor, by weight (most first), then name, key; null for an unknown actor. */
  coMentions(actorKey: string, first: number, projection?: Projection): Promise<CoMention[] | null>;

  /** The co-mention network of the actors of `categories` (null: all). */
  actorNetwork(minWeight: number, categories: readonly ActorCategory[] | null, projection?: Projection): Promise<ActorNetworkResult>;

  /** The whole graph: nodes by kind (NODE_KINDS order), then key; relationships by type, start id, end id. */
  exportGraph(): Promise<GraphData>;

  /**
   * Identifies the graph the store answers from: equal versions, equal answers. Neo4j: the seed's content
   * hash (the SeedVersion node), null before the first seed; memory: fixed for the life of the store.
   * Also what the readiness check asks: it rejects when the store cannot answer.
   */
  seedVersion(): Promise<string | null>;

  close(): Promise<void>;
}
