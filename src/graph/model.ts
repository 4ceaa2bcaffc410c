// The graph model shared by the extractor, both stores and the GraphQL schema.
// Every node is identified by its kind and its `key`; the global id is `Kind:key`.

export const NODE_KINDS = ['Actor', 'Objective', 'Paragraph', 'Quote', 'ReferencePhrase', 'EntryPoint'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ACTOR_CATEGORIES = ['ISCM', 'IGO', 'UN_SYSTEM', 'FINANCIAL_INSTITUTION', 'NON_STATE'] as const;
export type ActorCategory = (typeof ACTOR_CATEGORIES)[number];

export const SECTIONS = [
  'PREAMBLE',
  'VISION_AND_PRINCIPLES',
  'COOPERATIVE_FRAMEWORK',
  'OBJECTIVES',
  'IMPLEMENTATION',
  'FOLLOW_UP_AND_REVIEW',
] as const;
export type Section = (typeof SECTIONS)[number];

export const ENGAGEMENT_LEVELS = ['REGIONAL', 'GLOBAL'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const LINK_BASES = ['QUOTED', 'SUMMARY', 'ENTRY_POINT'] as const;
export type LinkBasis = (typeof LINK_BASES)[number];

/** The reference tables of the source's annex, by their heading. */
export const PHRASE_GROUPS = ['ISCM', 'IGO', 'OTHER'] as const;
export type PhraseGroup = (typeof PHRASE_GROUPS)[number];

export interface ActorNode {
  kind: 'Actor';
  key: string;
  name: string;
  category: ActorCategory;
  aliases: string[];
}

export interface ObjectiveNode {
  kind: 'Objective';
  /** The objective number as a string, e.g. "6"; `number` holds it as an integer. */
  key: string;
  number: number;
  title: string;
  shortTitle: string | null;
  /** Canonical ref of the objective's own paragraph, §(N+16). */
  paragraphRef: string;
}

export interface ParagraphNode {
  kind: 'Paragraph';
  /** Canonical ref: "22b", "35", "43biii", "23l". */
  key: string;
  number: number;
  letter: string | null;
  /** Roman sub-item, "iii" in 43(b)(iii). */
  item: string | null;
  /** Position in the Compact, for sorting: see paragraphOrder(). */
  order: number;
  section: Section;
  objectiveNumber: number | null;
  /** The longest quoted excerpt of this paragraph, null when none is quoted. */
  text: string | null;
}

export interface QuoteNode {
  kind: 'Quote';
  /** Stable readable id: "<section actor>-<ref>", e.g. "trade-unions-22d" (suffixed -2, -3 on collision). */
  key: string;
  text: string;
  highlights: string[];
  /** Canonical ref of the paragraph as the source gives it (after typo repair such as 23I → 23l). */
  paragraphRef: string;
  /** 1-based line of the source document where the quote starts. */
  sourceLine: number;
}

export interface ReferencePhraseNode {
  kind: 'ReferencePhrase';
  /** Slug of the wording. */
  key: string;
  wording: string;
  group: PhraseGroup;
  sourceLine: number;
}

export interface EntryPointNode {
  kind: 'EntryPoint';
  /** "regional-6", "global-21". */
  key: string;
  level: EngagementLevel;
  objectiveNumber: number;
  action: string;
  engagement: string;
  sourceLine: number;
}

export type GraphNode = ActorNode | ObjectiveNode | ParagraphNode | QuoteNode | ReferencePhraseNode | EntryPointNode;
export type NodeOfKind<K extends NodeKind> = Extract<GraphNode, { kind: K }>;

/**
 * Relationship types, each with the one pair of node kinds it joins (from → to).
 * Paths and neighbourhoods may traverse them in either direction.
 */
export const RELATIONSHIP_TYPES = {
  /** A paragraph belongs to an objective (the objective's own paragraph and its sub-paragraphs). */
  IN_OBJECTIVE: { from: 'Paragraph', to: 'Objective' },
  /** A quote is an excerpt of a paragraph. */
  QUOTES: { from: 'Quote', to: 'Paragraph' },
  /** The source lists the quote under this actor's heading. */
  FILED_UNDER: { from: 'Quote', to: 'Actor' },
  /** The quote's text names the actor (by name or alias). */
  NAMES: { from: 'Quote', to: 'Actor' },
  /** A paragraph mentions the actor: one of its quotes is filed under or names it. */
  MENTIONS: { from: 'Paragraph', to: 'Actor' },
  /** A reference-table wording appears in a paragraph. */
  APPEARS_IN: { from: 'ReferencePhrase', to: 'Paragraph' },
  /** A reference-table wording refers to an actor. */
  REFERS_TO: { from: 'ReferencePhrase', to: 'Actor' },
  /** The source's summary lists the objective for the actor ("trade unions (Objectives 2, 3, 6, 18)"). */
  SUMMARY_LISTS: { from: 'Actor', to: 'Objective' },
  /** An entry-point row belongs to an objective. */
  FOR_OBJECTIVE: { from: 'EntryPoint', to: 'Objective' },
  /** An entry-point row is a possible engagement of this actor (the ISCMs). */
  ENGAGES: { from: 'EntryPoint', to: 'Actor' },
} as const satisfies Record<string, { from: NodeKind; to: NodeKind }>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export interface NodeRef {
  kind: NodeKind;
  key: string;
}

export interface GraphRelationship {
  type: RelationshipType;
  from: NodeRef;
  to: NodeRef;
  /** Where the source states this link, when it states it on one line (summary statements). */
  sourceLine?: number;
}

/** The whole graph as the extractor produces it and both stores load it. */
export interface GraphData {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
