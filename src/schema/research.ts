// Research queries over actors as a whole: who is named alongside whom (co-mentions and the network
// they make), which actor reaches which objective (the coverage matrix) and how two actors compare.
// Coverage and comparisons are read from the actor–objective links, so they agree with Actor.objectives.
import type { ActorCategory, ActorNode, LinkBasis, ParagraphNode, QuoteNode } from '../graph/model.ts';
import { globalIdOf } from '../graph/global-id.ts';
import { echo, userInputError } from '../errors.ts';
import { FULL_LINKS, WHOLE_LIST } from '../store/graph-store.ts';
import { builder } from './builder.ts';
import { checkKey } from './inputs.ts';
import { checkPageSize } from './pagination.ts';
import type { PlannerExtensions } from './plan.ts';
import { BREADTH_FIRST_SEARCH_WORK, researchWork, WHOLE_RELATION_WORK } from './work.ts';
import {
  ActorCategoryEnum,
  ActorComparisonRef,
  ActorNetworkRef,
  ActorObjectiveLinkRef,
  ActorRef,
  CoMentionRef,
  CoverageCellRef,
  CoverageColumnRef,
  CoverageRef,
  CoverageRowRef,
  LinkBasisEnum,
  ObjectiveRef,
  ParagraphRef,
  QuoteRef,
  SharedObjectiveRef,
  SubgraphNodeRef,
  WeightedEdgeRef,
} from './refs.ts';

const distinctCount = <T extends { key: string }>(lists: T[][]) => new Set(lists.flat().map((node) => node.key)).size;

builder.objectType(CoMentionRef, {
  description: 'An actor named in the same paragraphs as another.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (row) => row.actor }),
    weight: t.int({ description: 'The number of paragraphs that mention both.', resolve: (row) => row.weight }),
    paragraphs: t.field({ type: [ParagraphRef], description: 'Those paragraphs, in the order of the Compact.', resolve: (row) => row.paragraphs }),
  }),
});

builder.objectType(WeightedEdgeRef, {
  description: 'Two actors named in the same paragraphs: an undirected edge, `from` the smaller global id.',
  fields: (t) => ({
    from: t.id({ resolve: (edge) => globalIdOf(edge.from) }),
    to: t.id({ resolve: (edge) => globalIdOf(edge.to) }),
    weight: t.int({ description: 'The number of paragraphs that mention both.', resolve: (edge) => edge.weight }),
    paragraphs: t.field({ type: [ParagraphRef], description: 'Those paragraphs, in the order of the Compact.', resolve: (edge) => edge.paragraphs }),
  }),
});

builder.objectType(ActorNetworkRef, {
  description: 'The co-mention network of actors, ready to draw.',
  fields: (t) => ({
    nodes: t.field({ type: [SubgraphNodeRef], description: 'Every actor of the chosen categories, linked or not, by name.', resolve: (network) => network.nodes }),
    edges: t.field({ type: [WeightedEdgeRef], description: 'Pairs sharing at least `minWeight` paragraphs, by `from`, then `to`.', resolve: (network) => network.edges }),
  }),
});

builder.objectType(ActorObjectiveLinkRef, {
  description: 'Why one actor is linked to one objective, with the paragraphs and quotes behind it (as an edge of Actor.objectives).',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (link) => link.actor }),
    objective: t.field({ type: ObjectiveRef, resolve: (link) => link.objective }),
    basis: t.field({ type: [LinkBasisEnum], resolve: (link) => link.basis }),
    paragraphs: t.field({ type: [ParagraphRef], resolve: (link) => link.paragraphs }),
    quotes: t.field({ type: [QuoteRef], resolve: (link) => link.quotes }),
  }),
});

builder.objectType(SharedObjectiveRef, {
  description: 'An objective both compared actors are linked to, with each side’s link.',
  fields: (t) => ({
    objective: t.field({ type: ObjectiveRef, resolve: (shared) => shared.a.objective }),
    a: t.field({ type: ActorObjectiveLinkRef, resolve: (shared) => shared.a }),
    b: t.field({ type: ActorObjectiveLinkRef, resolve: (shared) => shared.b }),
    paragraphs: t.field({
      type: [ParagraphRef],
      description: 'The paragraphs behind both links: where the Compact names both actors under this objective.',
      resolve: (shared) => {
        const ofB = new Set(shared.b.paragraphs.map((paragraph) => paragraph.key));
        return shared.a.paragraphs.filter((paragraph) => ofB.has(paragraph.key));
      },
    }),
  }),
});

builder.objectType(ActorComparisonRef, {
  description: 'Two actors side by side: the objectives they share and those only one of them reaches.',
  fields: (t) => ({
    a: t.field({ type: ActorRef, resolve: (comparison) => comparison.a }),
    b: t.field({ type: ActorRef, resolve: (comparison) => comparison.b }),
    shared: t.field({
      type: [SharedObjectiveRef],
      description: 'Objectives both are linked to, by number.',
      resolve: ({ linksOfA, linksOfB }) =>
        linksOfA.flatMap((a) => {
          const b = linksOfB.find((link) => link.objective.key === a.objective.key);
          return b ? [{ a, b }] : [];
        }),
    }),
    onlyA: t.field({
      type: [ActorObjectiveLinkRef],
      description: 'Objectives only `a` is linked to, by number.',
      resolve: ({ linksOfA, linksOfB }) => linksOfA.filter((a) => !linksOfB.some((b) => b.objective.key === a.objective.key)),
    }),
    onlyB: t.field({
      type: [ActorObjectiveLinkRef],
      description: 'Objectives only `b` is linked to, by number.',
      resolve: ({ linksOfA, linksOfB }) => linksOfB.filter((b) => !linksOfA.some((a) => a.objective.key === b.objective.key)),
    }),
    similarity: t.float({
      description: 'Shared objectives over the objectives either is linked to (Jaccard index), 0 when neither has any.',
      resolve: ({ linksOfA, linksOfB }) => {
        const a = new Set(linksOfA.map((link) => link.objective.key));
        const b = new Set(linksOfB.map((link) => link.objective.key));
        const union = new Set([...a, ...b]).size;
        return union === 0 ? 0 : [...a].filter((key) => b.has(key)).length / union;
      },
    }),
  }),
});

builder.objectType(CoverageCellRef, {
  description: 'One non-empty cell of the coverage matrix: an actor’s link to an objective.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (link) => link.actor }),
    objective: t.field({ type: ObjectiveRef, resolve: (link) => link.objective }),
    basis: t.field({ type: [LinkBasisEnum], resolve: (link) => link.basis }),
    paragraphCount: t.int({ description: 'Paragraphs of the objective through which the actor is linked (0 for a summary or entry-point link).', resolve: (link) => link.paragraphs.length }),
    quoteCount: t.int({ description: 'Quotes behind those paragraphs.', resolve: (link) => link.quotes.length }),
    paragraphs: t.field({ type: [ParagraphRef], resolve: (link) => link.paragraphs }),
  }),
});

builder.objectType(CoverageRowRef, {
  description: 'One actor’s row of the coverage matrix, with its totals.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: (row) => row.actor }),
    objectiveCount: t.int({ description: 'Non-empty cells of the row.', resolve: (row) => row.links.length }),
    paragraphCount: t.int({ description: 'Distinct paragraphs behind the row’s cells.', resolve: (row) => distinctCount<ParagraphNode>(row.links.map((l) => l.paragraphs)) }),
    quoteCount: t.int({ description: 'Distinct quotes behind the row’s cells.', resolve: (row) => distinctCount<QuoteNode>(row.links.map((l) => l.quotes)) }),
  }),
});

builder.objectType(CoverageColumnRef, {
  description: 'One objective’s column of the coverage matrix, with its totals.',
  fields: (t) => ({
    objective: t.field({ type: ObjectiveRef, resolve: (column) => column.objective }),
    actorCount: t.int({ description: 'Non-empty cells of the column.', resolve: (column) => column.links.length }),
    paragraphCount: t.int({ description: 'Distinct paragraphs behind the column’s cells.', resolve: (column) => distinctCount<ParagraphNode>(column.links.map((l) => l.paragraphs)) }),
    quoteCount: t.int({ description: 'Distinct quotes behind the column’s cells.', resolve: (column) => distinctCount<QuoteNode>(column.links.map((l) => l.quotes)) }),
  }),
});

builder.objectType(CoverageRef, {
  description: 'The actor × objective matrix, read from the same links as Actor.objectives.',
  fields: (t) => ({
    rows: t.field({
      type: [CoverageRowRef],
      description: 'Every actor of the chosen categories, by name, with or without cells.',
      resolve: (matrix) => matrix.actors.map((actor) => ({ actor, links: matrix.links.filter((link) => link.actor.key === actor.key) })),
    }),
    columns: t.field({
      type: [CoverageColumnRef],
      description: 'The 23 objectives, by number.',
      resolve: (matrix) => matrix.objectives.map((objective) => ({ objective, links: matrix.links.filter((link) => link.objective.key === objective.key) })),
    }),
    cells: t.field({ type: [CoverageCellRef], description: 'The non-empty cells, row by row, by objective number within a row.', resolve: (matrix) => matrix.links }),
  }),
});

/** Every link of an actor, with every quote and paragraph: what coverage and comparisons are read from. */
const ALL_LINKS_OF_ACTOR = { links: 'actorObjectives', detail: FULL_LINKS, page: WHOLE_LIST } as const;

builder.queryFields((t) => ({
  coMentions: t.field({
    type: [CoMentionRef],
    description:
      'Actors named in the same paragraphs as an actor (MENTIONS), weighted by the number of shared paragraphs: heaviest first, then by name; at most `first`. BAD_USER_INPUT for an unknown actor.',
    args: { actor: t.arg.string({ required: true, description: 'An actor key, e.g. trade-unions.' }), first: t.arg.int() },
    // One actor's paragraphs, then the actors each mentions.
    extensions: researchWork<{ first?: number | null }>((args, config) => BREADTH_FIRST_SEARCH_WORK + Math.min(args.first ?? config.DEFAULT_PAGE_SIZE, config.MAX_PAGE_SIZE)),
    resolve: async (_root, args, context) => {
      checkKey('actor', args.actor);
      checkPageSize('first', args.first, context.config);
      const rows = await context.store.coMentions(args.actor, args.first ?? context.config.DEFAULT_PAGE_SIZE, context.projection);
      if (rows === null) throw userInputError(`no node ${echo(`Actor:${args.actor}`)}`);
      return rows;
    },
  }),
  actorNetwork: t.field({
    type: ActorNetworkRef,
    description: 'The whole co-mention network: actors as nodes, an edge wherever two are named in the same paragraphs at least `minWeight` times.',
    args: {
      minWeight: t.arg.int({ defaultValue: 1, description: 'The fewest shared paragraphs an edge needs; at least 1.' }),
      categories: t.arg({ type: [ActorCategoryEnum], description: 'Only actors of these categories (nodes and both ends of edges).' }),
    },
    extensions: researchWork(() => WHOLE_RELATION_WORK),
    resolve: (_root, args, context) => {
      const minWeight = args.minWeight ?? 1;
      if (minWeight < 1) throw userInputError(`minWeight must be at least 1, got ${minWeight}`);
      return context.store.actorNetwork(minWeight, (args.categories as ActorCategory[] | null | undefined) ?? null, context.projection);
    },
  }),
  coverage: t.field({
    type: CoverageRef,
    description: 'The actor × objective matrix: rows actors, columns the 23 objectives, the non-empty cells and the totals of each row and column.',
    args: {
      categories: t.arg({ type: [ActorCategoryEnum], description: 'Only actors of these categories.' }),
      basis: t.arg({ type: [LinkBasisEnum], description: 'Only links having any of these bases.' }),
    },
    // The rows are filtered by the actors' category.
    extensions: { ...researchWork(() => WHOLE_RELATION_WORK), readsNodeProperties: { Actor: ['category'] } } satisfies PlannerExtensions,
    resolve: async (_root, args, context) => {
      const [actorPage, objectivePage] = await Promise.all([
        context.store.list({ kind: 'Actor' }, WHOLE_LIST, [], [], context.projection),
        context.store.list({ kind: 'Objective' }, WHOLE_LIST, [], [], context.projection),
      ]);
      const objectives = objectivePage.rows;
      const categories = args.categories as ActorCategory[] | null | undefined;
      const actors = actorPage.rows.filter((actor) => !categories || categories.includes(actor.category));
      const bases = args.basis as LinkBasis[] | null | undefined;
      const linksPerActor = await context.loaders.pages(ALL_LINKS_OF_ACTOR, actors.map((actor) => actor.key));
      const links = linksPerActor.flatMap((page) => page.rows).filter((link) => !bases || link.basis.some((basis) => bases.includes(basis)));
      return { actors, objectives, links };
    },
  }),
  compareActors: t.field({
    type: ActorComparisonRef,
    nullable: true,
    description: 'Two actors side by side: shared objectives and those unique to each, with the paragraphs behind each side; null when a key is unknown.',
    args: { a: t.arg.string({ required: true }), b: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      checkKey('a', args.a);
      checkKey('b', args.b);
      const [a, b] = (await context.loaders.node('Actor').loadMany([args.a, args.b])) as (ActorNode | null | Error)[];
      if (a instanceof Error) throw a;
      if (b instanceof Error) throw b;
      if (!a || !b) return null;
      const [linksOfA, linksOfB] = await context.loaders.pages(ALL_LINKS_OF_ACTOR, [a.key, b.key]);
      return { a, b, linksOfA: linksOfA!.rows, linksOfB: linksOfB!.rows };
    },
  }),
}));
