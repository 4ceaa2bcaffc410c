// The catalogue: what each node kind and each relation of the model IS, written once. Search text,
// display names, path wording, the Neo4j node projection, the Cypher read statements of each relation,
// exports and (through the API) the explorer all derive from these tables. The tables are exhaustive
// `Record`s over the model's kinds and types: a kind or relationship type added to model.ts and
// forgotten here fails the type check.
import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  type GraphNode,
  type NodeKind,
  type NodeOfKind,
  type RelationshipType,
} from './model.ts';

export interface KindDescriptor<K extends NodeKind> {
  /** The node's fields in the model's order (Neo4j drops null properties; reading fills them back in). */
  fields: readonly Exclude<keyof NodeOfKind<K>, 'kind'>[];
  /** The text the full-text index holds for the node (the same in both stores); null: the kind is not searched. */
  searchText: ((node: NodeOfKind<K>) => string) | null;
  /** A short human-readable name, as front-ends and exports label the node. */
  displayName: (node: NodeOfKind<K>) => string;
  /** The node's name inside a path sentence. */
  pathName: (node: NodeOfKind<K>) => string;
}

const truncate = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

export const KINDS: { [K in NodeKind]: KindDescriptor<K> } = {
  Actor: {
    fields: ['key', 'name', 'category', 'aliases'],
    searchText: (actor) => [actor.name, ...actor.aliases].join(' | '),
    displayName: (actor) => actor.name,
    pathName: (actor) => actor.name,
  },
  Objective: {
    fields: ['key', 'number', 'title', 'shortTitle', 'paragraphRef'],
    searchText: (objective) => [objective.title, objective.shortTitle].filter(Boolean).join(' | '),
    displayName: (objective) => `Objective ${objective.number}: ${objective.shortTitle ?? objective.title}`,
    pathName: (objective) => `Objective ${objective.number}`,
  },
  Paragraph: {
    fields: ['key', 'number', 'letter', 'item', 'order', 'section', 'objectiveNumber', 'text'],
    searchText: null,
    displayName: (paragraph) => `§${paragraph.key}`,
    pathName: (paragraph) => `§${paragraph.key}`,
  },
  Quote: {
    fields: ['key', 'text', 'highlights', 'paragraphRef', 'sourceLine'],
    searchText: (quote) => quote.text,
    displayName: (quote) => `“${truncate(quote.text, 60)}” (§${quote.paragraphRef})`,
    pathName: (quote) => `quote ${quote.key} (§${quote.paragraphRef})`,
  },
  ReferencePhrase: {
    fields: ['key', 'wording', 'group', 'sourceLine'],
    searchText: (phrase) => phrase.wording,
    displayName: (phrase) => phrase.wording,
    pathName: (phrase) => `“${phrase.wording}”`,
  },
  EntryPoint: {
    fields: ['key', 'level', 'objectiveNumber', 'action', 'engagement', 'sourceLine'],
    searchText: null,
    displayName: (entry) => `${entry.level === 'REGIONAL' ? 'Regional' : 'Global'} entry point, objective ${entry.objectiveNumber}`,
    pathName: (entry) => `${entry.level === 'REGIONAL' ? 'regional' : 'global'} entry point of Objective ${entry.objectiveNumber}`,
  },
};

/** The kinds the full-text index holds (a searchText in KINDS), in the model's order. */
export const SEARCHED_KINDS: readonly NodeKind[] = NODE_KINDS.filter((kind) => KINDS[kind].searchText !== null);

export interface RelationshipDescriptor {
  from: NodeKind;
  to: NodeKind;
  /** Read from its start node to its end node. */
  forward: string;
  /** Read from its end node back to its start node. */
  backward: string;
}

/** Each relationship type: the kinds it joins (as in model.ts) and how a path reads it in either direction. */
export const RELATIONSHIPS: Record<RelationshipType, RelationshipDescriptor> = {
  IN_OBJECTIVE: { ...RELATIONSHIP_TYPES.IN_OBJECTIVE, forward: 'is part of', backward: 'includes' },
  QUOTES: { ...RELATIONSHIP_TYPES.QUOTES, forward: 'quotes', backward: 'is quoted by' },
  FILED_UNDER: { ...RELATIONSHIP_TYPES.FILED_UNDER, forward: 'is filed under', backward: 'has filed under it' },
  NAMES: { ...RELATIONSHIP_TYPES.NAMES, forward: 'names', backward: 'is named by' },
  MENTIONS: { ...RELATIONSHIP_TYPES.MENTIONS, forward: 'mentions', backward: 'mentioned in' },
  APPEARS_IN: { ...RELATIONSHIP_TYPES.APPEARS_IN, forward: 'appears in', backward: 'uses the wording' },
  REFERS_TO: { ...RELATIONSHIP_TYPES.REFERS_TO, forward: 'refers to', backward: 'is referred to by' },
  SUMMARY_LISTS: { ...RELATIONSHIP_TYPES.SUMMARY_LISTS, forward: 'is listed in the summary for', backward: 'lists in the summary' },
  FOR_OBJECTIVE: { ...RELATIONSHIP_TYPES.FOR_OBJECTIVE, forward: 'is an entry point of', backward: 'has entry point' },
  ENGAGES: { ...RELATIONSHIP_TYPES.ENGAGES, forward: 'engages', backward: 'is engaged by' },
};

/** The property a relation's list is ordered by, then by key. */
export type SortProperty = 'sourceLine' | 'order' | 'name' | 'number';

/**
 * The one-to-many lookups the resolvers make (a node's quotes, an actor's paragraphs...), each the
 * nodes of kind `to` joined to a node of kind `from` by one of `types`. `direction` is seen from the
 * `from` node: `out` follows (from)-[type]->(to). Both stores read them from here: the memory store
 * walks them, and the Neo4j statement of each is read/related.cypher filled from its entry.
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
  quoteFiledUnder: { from: 'Quote', to: 'Actor', types: ['FILED_UNDER'], direction: 'out', orderBy: 'name' },
  referencePhraseParagraphs: { from: 'ReferencePhrase', to: 'Paragraph', types: ['APPEARS_IN'], direction: 'out', orderBy: 'order' },
  referencePhraseActors: { from: 'ReferencePhrase', to: 'Actor', types: ['REFERS_TO'], direction: 'out', orderBy: 'name' },
} as const satisfies Record<
  string,
  { from: NodeKind; to: NodeKind; types: readonly RelationshipType[]; direction: 'in' | 'out'; orderBy: SortProperty }
>;

export type RelationName = keyof typeof RELATIONS;
export type RelatedNode<R extends RelationName> = NodeOfKind<(typeof RELATIONS)[R]['to']>;
export const RELATION_NAMES = Object.keys(RELATIONS) as RelationName[];

/**
 * The actor–objective links (derived, src/graph/links.ts), seen from either end: each link list is of
 * the `from` node, its other end of kind `to`, in the order of `orderBy` of that end, then its key.
 */
export const LINK_RELATIONS = {
  actorObjectives: { from: 'Actor', to: 'Objective', orderBy: 'number' },
  objectiveActors: { from: 'Objective', to: 'Actor', orderBy: 'name' },
} as const satisfies Record<string, { from: NodeKind; to: NodeKind; orderBy: SortProperty }>;

export type LinkRelationName = keyof typeof LINK_RELATIONS;

/** The text the full-text index holds for a node, the same in both stores; null for kinds not searched. */
export function searchableText(node: GraphNode): string | null {
  const { searchText } = KINDS[node.kind] as KindDescriptor<NodeKind>;
  return searchText ? searchText(node) : null;
}

/** A short human-readable name for any node, as front-ends label it. */
export function displayName(node: GraphNode): string {
  return (KINDS[node.kind] as KindDescriptor<NodeKind>).displayName(node);
}

/** A node's name inside a sentence: "Trade unions", "Objective 18", "§34e", "quote trade-unions-22d". */
export function pathName(node: GraphNode): string {
  return (KINDS[node.kind] as KindDescriptor<NodeKind>).pathName(node);
}
