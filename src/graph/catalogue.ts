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
  type NodeRef,
  type RelationshipType,
} from './model.ts';
import { english, iri, plain, paragraphAknPath, RDF_TYPE, term, type Iris, type Triple } from './vocabulary.ts';

/** A stored property of a kind's nodes: a field of its model type. */
export type PropertyOf<K extends NodeKind> = Exclude<keyof NodeOfKind<K>, 'kind'>;

/** The functions of a kind's descriptor that read its node, by name. */
export type NodeReader = 'searchText' | 'displayName' | 'pathName';

export interface KindDescriptor<K extends NodeKind> {
  /** The node's fields in the model's order (Neo4j drops null properties; reading fills them back in). */
  fields: readonly PropertyOf<K>[];
  /** The text the full-text index holds for the node (the same in both stores); null: the kind is not searched. */
  searchText: ((node: NodeOfKind<K>) => string) | null;
  /** A short human-readable name, as front-ends and exports label the node. */
  displayName: (node: NodeOfKind<K>) => string;
  /** The node's name inside a path sentence. */
  pathName: (node: NodeOfKind<K>) => string;
  /**
   * The node as linked data in established vocabularies (docs/linked-data.md), beside what every node
   * gets (rdfs:label, dcterms:identifier) and what its relationships say (RELATIONSHIPS' linkedData).
   */
  linkedData: (node: NodeOfKind<K>, iris: Iris) => Triple[];
  /** The properties each of searchText, displayName and pathName reads: a store that sends only some of a node's properties sends these where the API uses them. */
  reads: Record<NodeReader, readonly PropertyOf<K>[]>;
}

const truncate = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

export const KINDS: { [K in NodeKind]: KindDescriptor<K> } = {
  Actor: {
    fields: ['key', 'name', 'category', 'aliases'],
    searchText: (actor) => [actor.name, ...actor.aliases].join(' | '),
    displayName: (actor) => actor.name,
    pathName: (actor) => actor.name,
    reads: { searchText: ['name', 'aliases'], displayName: ['name'], pathName: ['name'] },
    linkedData: (actor, iris) => {
      const self = iris.node(actor);
      return [
        [self, RDF_TYPE, iri(term('prov', 'Agent'))],
        [self, term('schema', 'name'), english(actor.name)],
        ...actor.aliases.map((alias): Triple => [self, term('skos', 'altLabel'), english(alias)]),
        [self, term('dcterms', 'type'), iri(iris.category(actor.category))],
      ];
    },
  },
  Objective: {
    fields: ['key', 'number', 'title', 'shortTitle', 'paragraphRef'],
    searchText: (objective) => [objective.title, objective.shortTitle].filter(Boolean).join(' | '),
    displayName: (objective) => `Objective ${objective.number}: ${objective.shortTitle ?? objective.title}`,
    pathName: (objective) => `Objective ${objective.number}`,
    reads: { searchText: ['title', 'shortTitle'], displayName: ['number', 'shortTitle', 'title'], pathName: ['number'] },
    // The 23 objectives are a SKOS concept scheme, each a top concept stated by its own paragraph.
    linkedData: (objective, iris) => {
      const self = iris.node(objective);
      const scheme = iris.scheme('objectives');
      return [
        [self, RDF_TYPE, iri(term('skos', 'Concept'))],
        [self, term('skos', 'inScheme'), iri(scheme)],
        [self, term('skos', 'topConceptOf'), iri(scheme)],
        [scheme, term('skos', 'hasTopConcept'), iri(self)],
        [self, term('skos', 'notation'), plain(String(objective.number))],
        [self, term('skos', 'prefLabel'), english(objective.title)],
        ...(objective.shortTitle ? [[self, term('skos', 'altLabel'), english(objective.shortTitle)] satisfies Triple] : []),
        [self, term('dcterms', 'source'), iri(iris.node({ kind: 'Paragraph', key: objective.paragraphRef }))],
      ];
    },
  },
  Paragraph: {
    fields: ['key', 'number', 'letter', 'item', 'order', 'section', 'objectiveNumber', 'text'],
    searchText: null,
    displayName: (paragraph) => `§${paragraph.key}`,
    pathName: (paragraph) => `§${paragraph.key}`,
    reads: { searchText: [], displayName: [], pathName: [] },
    // A subdivision of the resolution's annex (ELI), with the AKN-style identifier of its place in it.
    linkedData: (paragraph, iris) => {
      const self = iris.node(paragraph);
      return [
        [self, RDF_TYPE, iri(term('eli', 'LegalResourceSubdivision'))],
        [self, term('eli', 'is_part_of'), iri(iris.annex)],
        [self, term('dcterms', 'isPartOf'), iri(iris.annex)],
        [self, term('dcterms', 'identifier'), plain(paragraphAknPath(paragraph))],
        [self, term('schema', 'articleSection'), plain(paragraph.section)],
      ];
    },
  },
  Quote: {
    fields: ['key', 'text', 'highlights', 'paragraphRef', 'sourceLine'],
    searchText: (quote) => quote.text,
    displayName: (quote) => `“${truncate(quote.text, 60)}” (§${quote.paragraphRef})`,
    pathName: (quote) => `quote ${quote.key} (§${quote.paragraphRef})`,
    reads: { searchText: ['text'], displayName: ['text', 'paragraphRef'], pathName: ['paragraphRef'] },
    // A W3C Web Annotation: its target is the paragraph (QUOTES), selected by the exact text; its
    // actors are its bodies (FILED_UNDER, NAMES); PROV and an RFC 5147 line fragment say where it is quoted from.
    linkedData: (quote, iris) => {
      const self = iris.node(quote);
      const target = iris.partOf(quote, 'target');
      const selector = iris.partOf(quote, 'selector');
      return [
        [self, RDF_TYPE, iri(term('oa', 'Annotation'))],
        [self, term('oa', 'motivatedBy'), iri(term('oa', 'classifying'))],
        [self, term('oa', 'hasTarget'), iri(target)],
        [target, RDF_TYPE, iri(term('oa', 'SpecificResource'))],
        [target, term('oa', 'hasSelector'), iri(selector)],
        [selector, RDF_TYPE, iri(term('oa', 'TextQuoteSelector'))],
        [selector, term('oa', 'exact'), plain(quote.text)],
        ...quote.highlights.map((highlight): Triple => [self, term('schema', 'keywords'), plain(highlight)]),
        [self, term('prov', 'wasQuotedFrom'), iri(iris.source)],
        [self, term('dcterms', 'source'), iri(iris.sourceLine(quote.sourceLine))],
      ];
    },
  },
  ReferencePhrase: {
    fields: ['key', 'wording', 'group', 'sourceLine'],
    searchText: (phrase) => phrase.wording,
    displayName: (phrase) => phrase.wording,
    pathName: (phrase) => `“${phrase.wording}”`,
    reads: { searchText: ['wording'], displayName: ['wording'], pathName: ['wording'] },
    linkedData: (phrase, iris) => {
      const self = iris.node(phrase);
      return [
        [self, RDF_TYPE, iri(term('skos', 'Concept'))],
        [self, term('skos', 'inScheme'), iri(iris.scheme('reference-phrases'))],
        [self, term('skos', 'prefLabel'), english(phrase.wording)],
        [self, term('dcterms', 'source'), iri(iris.sourceLine(phrase.sourceLine))],
      ];
    },
  },
  EntryPoint: {
    fields: ['key', 'level', 'objectiveNumber', 'action', 'engagement', 'sourceLine'],
    searchText: null,
    displayName: (entry) => `${entry.level === 'REGIONAL' ? 'Regional' : 'Global'} entry point, objective ${entry.objectiveNumber}`,
    pathName: (entry) => `${entry.level === 'REGIONAL' ? 'regional' : 'global'} entry point of Objective ${entry.objectiveNumber}`,
    reads: { searchText: [], displayName: ['level', 'objectiveNumber'], pathName: ['level', 'objectiveNumber'] },
    linkedData: (entry, iris) => {
      const self = iris.node(entry);
      return [
        [self, RDF_TYPE, iri(term('schema', 'Action'))],
        [self, term('schema', 'description'), english(entry.action)],
        [self, term('skos', 'note'), english(entry.engagement)],
        [self, term('dcterms', 'source'), iri(iris.sourceLine(entry.sourceLine))],
      ];
    },
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
  /** The relationship as linked data, from the IRIs of its start and end nodes (docs/linked-data.md). */
  linkedData: (from: NodeRef, to: NodeRef, iris: Iris) => Triple[];
}

/** A relationship stated by one property, from its start node (or, `inverse`, from its end node). */
const stated =
  (predicate: string, inverse = false) =>
  (from: NodeRef, to: NodeRef, iris: Iris): Triple[] =>
    inverse ? [[iris.node(to), predicate, iri(iris.node(from))]] : [[iris.node(from), predicate, iri(iris.node(to))]];

/** An actor as a body of a quote's annotation, with the purpose its relationship gives it. */
const annotationBody =
  (purpose: 'classifying' | 'identifying', name: string) =>
  (quote: NodeRef, actor: NodeRef, iris: Iris): Triple[] => {
    const body = iris.partOf(quote, `${name}-${actor.key}`);
    return [
      [iris.node(quote), term('oa', 'hasBody'), iri(body)],
      [body, RDF_TYPE, iri(term('oa', 'SpecificResource'))],
      [body, term('oa', 'purpose'), iri(term('oa', purpose))],
      [body, term('oa', 'hasSource'), iri(iris.node(actor))],
    ];
  };

/** Each relationship type: the kinds it joins (as in model.ts) and how a path reads it in either direction. */
export const RELATIONSHIPS: Record<RelationshipType, RelationshipDescriptor> = {
  IN_OBJECTIVE: { ...RELATIONSHIP_TYPES.IN_OBJECTIVE, forward: 'is part of', backward: 'includes', linkedData: stated(term('dcterms', 'subject')) },
  QUOTES: { ...RELATIONSHIP_TYPES.QUOTES, forward: 'quotes', backward: 'is quoted by', linkedData: (quote, paragraph, iris) => [[iris.partOf(quote, 'target'), term('oa', 'hasSource'), iri(iris.node(paragraph))]] },
  FILED_UNDER: { ...RELATIONSHIP_TYPES.FILED_UNDER, forward: 'is filed under', backward: 'has filed under it', linkedData: annotationBody('classifying', 'filed-under') },
  NAMES: { ...RELATIONSHIP_TYPES.NAMES, forward: 'names', backward: 'is named by', linkedData: annotationBody('identifying', 'names') },
  MENTIONS: { ...RELATIONSHIP_TYPES.MENTIONS, forward: 'mentions', backward: 'mentioned in', linkedData: stated(term('schema', 'mentions')) },
  APPEARS_IN: { ...RELATIONSHIP_TYPES.APPEARS_IN, forward: 'appears in', backward: 'uses the wording', linkedData: stated(term('schema', 'mentions'), true) },
  REFERS_TO: { ...RELATIONSHIP_TYPES.REFERS_TO, forward: 'refers to', backward: 'is referred to by', linkedData: stated(term('dcterms', 'references')) },
  SUMMARY_LISTS: { ...RELATIONSHIP_TYPES.SUMMARY_LISTS, forward: 'is listed in the summary for', backward: 'lists in the summary', linkedData: stated(term('dcterms', 'relation')) },
  FOR_OBJECTIVE: { ...RELATIONSHIP_TYPES.FOR_OBJECTIVE, forward: 'is an entry point of', backward: 'has entry point', linkedData: stated(term('dcterms', 'subject')) },
  ENGAGES: { ...RELATIONSHIP_TYPES.ENGAGES, forward: 'engages', backward: 'is engaged by', linkedData: stated(term('schema', 'agent')) },
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
  quoteParagraph: { from: 'Quote', to: 'Paragraph', types: ['QUOTES'], direction: 'out', orderBy: 'order' },
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

/**
 * Where a facet reads the values of a node: a property of the node itself, of the nodes of one of its
 * relations, of its actor–objective links (their basis, or the key of their other end), or its kind.
 * Values are strings; a node counts once for each distinct value it has, none for a null.
 */
export type FacetSource =
  | { property: string }
  | { relation: RelationName; property: string }
  | { links: LinkRelationName; property: 'basis' | 'end' }
  | { property: 'kind'; label: true };

export interface FacetDescriptor {
  source: FacetSource;
  /** The kind whose keys the values are, when they name nodes. */
  node?: NodeKind;
  description: string;
}

/**
 * The facets of the filtered lists: the dimensions a list of each kind can be counted by (the whole
 * filtered list, not a page). Both stores count from these entries; the API's facet types are made from them.
 */
export const FACETS = {
  Actor: {
    category: { source: { property: 'category' }, description: 'The actors of each category.' },
    objective: { source: { links: 'actorObjectives', property: 'end' }, node: 'Objective', description: 'The actors linked to each objective (any basis), as Actor.objectives.' },
    linkBasis: { source: { links: 'actorObjectives', property: 'basis' }, description: 'The actors with at least one objective link of each basis.' },
  },
  Paragraph: {
    actor: { source: { relation: 'paragraphActors', property: 'key' }, node: 'Actor', description: 'The paragraphs mentioning each actor.' },
    actorCategory: { source: { relation: 'paragraphActors', property: 'category' }, description: 'The paragraphs mentioning an actor of each category.' },
    objective: { source: { property: 'objectiveNumber' }, node: 'Objective', description: 'The paragraphs of each objective.' },
    section: { source: { property: 'section' }, description: 'The paragraphs of each section of the Compact.' },
  },
  Quote: {
    actor: { source: { relation: 'quoteActors', property: 'key' }, node: 'Actor', description: 'The quotes filed under or naming each actor.' },
    actorCategory: { source: { relation: 'quoteActors', property: 'category' }, description: 'The quotes filed under or naming an actor of each category.' },
    objective: { source: { relation: 'quoteParagraph', property: 'objectiveNumber' }, node: 'Objective', description: 'The quotes of a paragraph of each objective.' },
    section: { source: { relation: 'quoteParagraph', property: 'section' }, description: 'The quotes of a paragraph of each section of the Compact.' },
  },
} as const satisfies Partial<Record<NodeKind, Record<string, FacetDescriptor>>>;

/** The facets of a search's whole hit list. */
export const SEARCH_FACETS = {
  kind: { source: { property: 'kind', label: true }, description: 'The hits of each kind of node.' },
} as const satisfies Record<string, FacetDescriptor>;

/** The kinds whose lists have facets. */
export type FacetedKind = keyof typeof FACETS;
/** A dimension a list or a search can be counted by. */
export type FacetDimension = { [K in FacetedKind]: keyof (typeof FACETS)[K] }[FacetedKind] | keyof typeof SEARCH_FACETS;

/** The facets of a list of `kind` (none for the kinds without), or of a search (`null`). */
export function facetsOf(kind: NodeKind | null): Partial<Record<FacetDimension, FacetDescriptor>> {
  if (kind === null) return SEARCH_FACETS;
  return (FACETS as Partial<Record<NodeKind, Partial<Record<FacetDimension, FacetDescriptor>>>>)[kind] ?? {};
}

/** The text the full-text index holds for a node, the same in both stores; null for kinds not searched. */
export function searchableText(node: GraphNode): string | null {
  const { searchText } = KINDS[node.kind] as KindDescriptor<NodeKind>;
  return searchText ? searchText(node) : null;
}

/** A short human-readable name for any node, as front-ends label it. */
export function displayName(node: GraphNode): string {
  return (KINDS[node.kind] as KindDescriptor<NodeKind>).displayName(node);
}

/** The properties of each kind that one of the descriptors' functions reads (`reads` in KINDS). */
export function propertiesReadBy(reader: NodeReader): Record<NodeKind, readonly string[]> {
  return Object.fromEntries(NODE_KINDS.map((kind) => [kind, KINDS[kind].reads[reader]])) as Record<NodeKind, readonly string[]>;
}

/** A node's name inside a sentence: "Trade unions", "Objective 18", "§34e", "quote trade-unions-22d". */
export function pathName(node: GraphNode): string {
  return (KINDS[node.kind] as KindDescriptor<NodeKind>).pathName(node);
}
