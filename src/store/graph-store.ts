import type {
  ActorCategory,
  ActorNode,
  EngagementLevel,
  EntryPointNode,
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
} from '../graph/model.ts';

/**
 * The one-to-many lookups the resolvers make, declared once so that both stores follow the same
 * pattern and order. `direction` is seen from the `from` node: `out` follows (from)-[type]->(to).
 */
export const RELATIONS = {
  actorMentions: { from: 'Actor', to: 'Quote', types: ['FILED_UNDER', 'NAMES'], direction: 'in', orderBy: 'sourceLine' },
  actorParagraphs: { from: 'Actor', to: 'Paragraph', types: ['MENTIONS'], direction: 'in', orderBy: 'order' },
  actorReferencePhrases: { from: 'Actor', to: 'ReferencePhrase', types: ['REFERS_TO'], direction: 'in', orderBy: 'sourceLine' },
  objectiveParagraphs: { from: 'Objective', to: 'Paragraph', types: ['IN_OBJECTIVE'], direction: 'in', orderBy: 'order' },
  objectiveEntryPoints: { from: 'Objective', to: 'EntryPoint', types: ['FOR_OBJECTIVE'], direction: 'in', orderBy: 'sourceLine' },
  paragraphQuotes: { from: 'Paragraph', to: 'Quote', types: ['QUOTES'], direction: 'in', orderBy: 'sourceLine' },
  paragraphActors: { from: 'Paragraph', to: 'Actor', types: ['MENTIONS'], direction: 'out', orderBy: 'name' },
  paragraphReferencePhrases: { from: 'Paragraph', to: 'ReferencePhrase', types: ['APPEARS_IN'], direction: 'in', orderBy: 'sourceLine' },
  quoteActors: { from: 'Quote', to: 'Actor', types: ['FILED_UNDER', 'NAMES'], direction: 'out', orderBy: 'name' },
  referencePhraseParagraphs: { from: 'ReferencePhrase', to: 'Paragraph', types: ['APPEARS_IN'], direction: 'out', orderBy: 'order' },
  referencePhraseActors: { from: 'ReferencePhrase', to: 'Actor', types: ['REFERS_TO'], direction: 'out', orderBy: 'name' },
} as const satisfies Record<
  string,
  { from: NodeKind; to: NodeKind; types: readonly RelationshipType[]; direction: 'in' | 'out'; orderBy: 'sourceLine' | 'order' | 'name' }
>;

export type RelationName = keyof typeof RELATIONS;
export type RelatedNode<R extends RelationName> = NodeOfKind<(typeof RELATIONS)[R]['to']>;

/** A window of a list: `limit` null means to the end. */
export interface Page {
  offset: number;
  limit: number | null;
}

export interface PageOf<T> {
  rows: T[];
  /** The size of the whole list, counted without fetching it. */
  totalCount: number;
}

/**
 * Why an actor is linked to an objective, with the nodes behind the link, so that a client
 * walking actor → objectives → paragraphs and quotes costs one store call for the whole level.
 */
export interface ObjectiveLink {
  actor: ActorNode;
  objective: ObjectiveNode;
  basis: LinkBasis[];
  /** In the Compact's order. */
  paragraphs: ParagraphNode[];
  /** In source order (sourceLine, then key). */
  quotes: QuoteNode[];
}

export interface ActorFilter {
  category?: ActorCategory | null;
}

export interface ParagraphFilter {
  objective?: number | null;
  actor?: string | null;
}

export interface EntryPointFilter {
  level?: EngagementLevel | null;
  objective?: number | null;
}

export interface SearchResult {
  node: GraphNode;
  score: number;
}

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
 * Each call is one round trip to the store (one Cypher statement on Neo4j).
 */
export interface GraphStore {
  readonly name: 'memory' | 'neo4j';

  /** Nodes of one kind by key; null where a key is unknown. */
  nodesByKey<K extends NodeKind>(kind: K, keys: readonly string[]): Promise<(NodeOfKind<K> | null)[]>;

  /** For each key of `relation.from`, one page of the related nodes in the relation's order. */
  related<R extends RelationName>(relation: R, keys: readonly string[], page: Page): Promise<PageOf<RelatedNode<R>>[]>;

  /** Actor → objective links for each actor key, by objective number. */
  objectiveLinksOfActors(actorKeys: readonly string[]): Promise<ObjectiveLink[][]>;

  /** The same links seen from each objective, by actor name. */
  actorLinksOfObjectives(objectiveNumbers: readonly number[]): Promise<ObjectiveLink[][]>;

  actors(filter: ActorFilter, page: Page): Promise<PageOf<ActorNode>>;
  paragraphs(filter: ParagraphFilter, page: Page): Promise<PageOf<ParagraphNode>>;
  objectives(): Promise<ObjectiveNode[]>;
  referencePhrases(): Promise<ReferencePhraseNode[]>;
  entryPoints(filter: EntryPointFilter): Promise<EntryPointNode[]>;

  /** Full-text search over quote text, actor names and aliases, phrase wordings and objective titles. */
  search(query: string, first: number): Promise<SearchResult[]>;

  /**
   * One shortest path, ignoring direction, of at most `maxHops` relationships, or null.
   * Ties are broken the same way in every store: the path whose node ids, read in order, sort first.
   */
  shortestPath(from: NodeRef, to: NodeRef, maxHops: number): Promise<PathResult | null>;

  /** The nodes within `hops` of the centre (ignoring direction) and the relationships among them; null for an unknown centre. */
  neighbourhood(center: NodeRef, hops: number, maxNodes: number): Promise<SubgraphResult | null>;

  /** Resolves when the store can answer; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
