import type { ActorNode, GraphNode, NodeKind, NodeOfKind, ObjectiveNode } from '../graph/model.ts';
import {
  ACTOR_CATEGORIES,
  ENGAGEMENT_LEVELS,
  LINK_BASES,
  NODE_KINDS,
  PHRASE_GROUPS,
  RELATIONSHIP_TYPE_NAMES,
  SECTIONS,
} from '../graph/model.ts';
import type { CoMention, CoMentionEdge, ObjectiveLink, PathResult, PathStep, SubgraphResult } from '../store/graph-store.ts';
import { builder } from './builder.ts';
import { checkPageSize } from './pagination.ts';
import type { PlannerExtensions } from './plan.ts';

// Every GraphQL type's ref in one place, so that type files can point at each other without import cycles.
/** One ref per node kind of the model, named as the kind: a new kind's type file implements its ref with no line here. */
export const NODE_REFS = Object.fromEntries(NODE_KINDS.map((kind) => [kind, builder.objectRef(kind)])) as {
  [K in NodeKind]: ReturnType<typeof builder.objectRef<NodeOfKind<K>>>;
};
export const ActorRef = NODE_REFS.Actor;
export const ObjectiveRef = NODE_REFS.Objective;
export const ParagraphRef = NODE_REFS.Paragraph;
export const QuoteRef = NODE_REFS.Quote;
export const ReferencePhraseRef = NODE_REFS.ReferencePhrase;
export const EntryPointRef = NODE_REFS.EntryPoint;

export const SearchHitRef = builder.objectRef<{ node: GraphNode; score: number; words: readonly string[] }>('SearchHit');
export const PathRef = builder.objectRef<PathResult>('Path');
export const PathRelationshipRef = builder.objectRef<PathStep>('Relationship');
export const SubgraphRef = builder.objectRef<SubgraphResult & { truncated: boolean }>('Subgraph');
export const SubgraphNodeRef = builder.objectRef<GraphNode>('SubgraphNode');
/** One hop of a path, in the direction walked: `from` is the node the walk leaves. */
export const PathStepRef = builder.objectRef<{ from: GraphNode; to: GraphNode; relationship: PathStep }>('PathStep');

export const CoMentionRef = builder.objectRef<CoMention>('CoMention');
export const WeightedEdgeRef = builder.objectRef<CoMentionEdge>('WeightedEdge');
export const ActorNetworkRef = builder.objectRef<{ nodes: ActorNode[]; edges: CoMentionEdge[] }>('ActorNetwork');
export const ActorObjectiveLinkRef = builder.objectRef<ObjectiveLink>('ActorObjectiveLink');
export const SharedObjectiveRef = builder.objectRef<{ a: ObjectiveLink; b: ObjectiveLink }>('SharedObjective');
export const ActorComparisonRef = builder.objectRef<{ a: ActorNode; b: ActorNode; linksOfA: ObjectiveLink[]; linksOfB: ObjectiveLink[] }>('ActorComparison');

export interface CoverageMatrix {
  actors: ActorNode[];
  objectives: ObjectiveNode[];
  /** Non-empty cells, by row, then objective number. */
  links: ObjectiveLink[];
}
export const CoverageRef = builder.objectRef<CoverageMatrix>('Coverage');
export const CoverageRowRef = builder.objectRef<{ actor: ActorNode; links: ObjectiveLink[] }>('CoverageRow');
export const CoverageColumnRef = builder.objectRef<{ objective: ObjectiveNode; links: ObjectiveLink[] }>('CoverageColumn');
export const CoverageCellRef = builder.objectRef<ObjectiveLink>('CoverageCell');

/** An actor–objective link, seen from either end. */
export type LinkEdge<T> = { cursor: string; node: T; link: ObjectiveLink };

/** What both ends of an actor–objective link say about it: why, and through which paragraphs and quotes. */
// Typed as a plain edge because that is the shape Pothos knows its edges by; resolvers read the link.
export const LinkEdgeInterface = builder.interfaceRef<{ cursor: string; node: unknown }>('ObjectiveLinkEdge');
const linkOf = (edge: { cursor: string; node: unknown }) => (edge as LinkEdge<unknown>).link;

export const ActorCategoryEnum = builder.enumType('ActorCategory', {
  description: 'The kind of stakeholder an actor is.',
  values: ACTOR_CATEGORIES,
});

export const SectionEnum = builder.enumType('Section', {
  description: 'The part of A/RES/73/195 a paragraph stands in.',
  values: SECTIONS,
});

export const EngagementLevelEnum = builder.enumType('EngagementLevel', {
  description: 'The level of an entry point for inter-State consultation mechanisms.',
  values: ENGAGEMENT_LEVELS,
});

export const LinkBasisEnum = builder.enumType('LinkBasis', {
  description: 'Why an actor is linked to an objective.',
  values: {
    QUOTED: { description: 'A quote filed under the actor, or naming it, comes from a paragraph of the objective.' },
    SUMMARY: { description: 'The source document’s own summary lists the objective for the actor.' },
    ENTRY_POINT: { description: 'An ISCM entry-point row of the objective concerns the actor.' },
  } satisfies Record<(typeof LINK_BASES)[number], { description: string }>,
});

export const PhraseGroupEnum = builder.enumType('PhraseGroup', {
  description: 'The reference table of the source’s annex a wording comes from.',
  values: {
    ISCM: { description: 'References to inter-State consultation mechanisms.' },
    IGO: { description: 'References to intergovernmental organizations.' },
    OTHER: { description: 'Other references: cooperation and dialogue, IOM, the UN network, the IMRF, the UN HLD, MICIC.' },
  } satisfies Record<(typeof PHRASE_GROUPS)[number], { description: string }>,
});

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'The relationship types of the graph; see the README for their meaning.',
  values: RELATIONSHIP_TYPE_NAMES,
});

export const NodeKindEnum = builder.enumType('NodeKind', {
  description: 'The kinds of node of the graph: the GraphQL type of each.',
  values: NODE_KINDS,
});

export const ActorOrderEnum = builder.enumType('ActorOrder', {
  description: 'How a list of actors is ordered; ties are broken by key, so pages are stable.',
  values: {
    NAME: { description: 'By name.' },
    MENTION_COUNT: { description: 'By the number of quotes filed under or naming the actor (`Actor.mentions`), most first, then by name.' },
  },
});

export const ParagraphOrderEnum = builder.enumType('ParagraphOrder', {
  description: 'How a list of paragraphs is ordered; ties are broken by ref, so pages are stable.',
  values: {
    COMPACT_ORDER: { description: 'In the order of the Compact: §15, §15a, …, §22b, …' },
    MENTION_COUNT: { description: 'By the number of actors the paragraph mentions, most first, then in the order of the Compact.' },
  },
});

export const QuoteOrderEnum = builder.enumType('QuoteOrder', {
  description: 'How a list of quotes is ordered; ties are broken by key, so pages are stable.',
  values: {
    SOURCE_ORDER: { description: 'By the line of the source document where the quote starts.' },
    COMPACT_ORDER: { description: 'By the order of the quoted paragraph in the Compact, then by source line.' },
  },
});

export const PathFilterInput = builder.inputType('PathFilter', {
  description: 'What a path may go through. Absent lists do not restrict; an unknown type or kind is a validation error.',
  fields: (t) => ({
    relationshipTypes: t.field({ type: [RelationshipTypeEnum], required: false, description: 'Only relationships of these types may be followed.' }),
    nodeKinds: t.field({
      type: [NodeKindEnum],
      required: false,
      description: 'Nodes between the two ends must be of these kinds (the ends are exempt): `[Paragraph, Actor]` goes through paragraphs and actors, never objectives.',
    }),
  }),
});

builder.interfaceType(LinkEdgeInterface, {
  description: 'An edge between an actor and an objective, saying why the link exists.',
  fields: (t) => ({
    basis: t.field({ type: [LinkBasisEnum], resolve: (edge) => linkOf(edge).basis }),
    paragraphs: t.field({
      type: [ParagraphRef],
      description: 'The paragraphs of the objective through which the actor is linked; empty for a link that rests on the summary or an entry point alone.',
      extensions: { readsOfLink: () => ({ quotesPerLink: 0, paragraphs: true }) } satisfies PlannerExtensions,
      resolve: (edge) => linkOf(edge).paragraphs,
    }),
    quotes: t.field({
      type: [QuoteRef],
      description:
        'The quoted text behind those paragraphs: quotes filed under or naming the actor, in source order; the first `first` of them when given (see quoteCount).',
      args: { first: t.arg.int({ description: 'At most this many quotes (up to MAX_PAGE_SIZE); all when omitted.' }) },
      // A quote's paragraph is one of the link's (Quote.paragraph answers from them).
      extensions: { readsOfLink: ({ first }) => ({ quotesPerLink: typeof first === 'number' ? first : null, paragraphs: true }) } satisfies PlannerExtensions,
      resolve: (edge, { first }, context) => {
        checkPageSize('first', first, context.config);
        const { quotes } = linkOf(edge);
        return first == null ? quotes : quotes.slice(0, first);
      },
    }),
    quoteCount: t.int({ description: 'How many quotes the link has, whatever `quotes(first:)` returns.', resolve: (edge) => linkOf(edge).quoteCount }),
  }),
});
