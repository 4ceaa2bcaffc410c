import { builder, loadNodes } from './builder.ts';
import { ActorConnection, linkConnection, ParagraphConnection, QuoteConnection, relatedConnection, relatedList } from './connections.ts';
import { checkKey, checkTextFilter } from './inputs.ts';
import { offsetConnection } from './pagination.ts';
import { listPlanned } from './plan.ts';
import { ActorCategoryEnum, ActorOrderEnum, ActorRef, LinkEdgeInterface, ObjectiveRef, ReferencePhraseRef } from './refs.ts';

builder.node(ActorRef, {
  description: 'A stakeholder type or named body the Global Compact refers to.',
  id: { resolve: (actor) => actor.key },
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Actor',
  loadManyWithoutCache: loadNodes('Actor'),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Kebab-case slug, e.g. trade-unions.' }),
    name: t.exposeString('name'),
    category: t.expose('category', { type: ActorCategoryEnum }),
    aliases: t.exposeStringList('aliases', { description: 'The wordings used to spot mentions of this actor in quotes.' }),
    objectives: t.connection(
      {
        type: ObjectiveRef,
        description: 'The objectives this actor is linked to, by objective number; each edge says why.',
        ...linkConnection('actorObjectives', (link) => link.objective),
      },
      { name: 'ActorObjectiveConnection' },
      { name: 'ActorObjectiveEdge', interfaces: [LinkEdgeInterface] },
    ),
    mentions: t.field({
      type: QuoteConnection,
      description: 'Quotes filed under this actor in the source, or naming it, in source order.',
      args: { ...t.arg.connectionArgs() },
      ...relatedConnection('actorMentions'),
    }),
    paragraphs: t.field({
      type: ParagraphConnection,
      description: 'Paragraphs that mention this actor, in the order of the Compact.',
      args: { ...t.arg.connectionArgs() },
      ...relatedConnection('actorParagraphs'),
    }),
    referencePhrases: t.field({
      type: [ReferencePhraseRef],
      description: 'Reference-table wordings that refer to this actor.',
      ...relatedList('actorReferencePhrases'),
    }),
  }),
});

builder.queryFields((t) => ({
  actors: t.field({
    type: ActorConnection,
    description: 'All actors, by name (or by mention count), optionally of one category, linked to one objective, or whose name contains some text.',
    args: {
      category: t.arg({ type: ActorCategoryEnum }),
      objective: t.arg.int({ description: 'Only actors linked to this objective (any basis), as in Actor.objectives.' }),
      nameContains: t.arg.string({ description: 'Only actors whose name or an alias contains this, ignoring case.' }),
      orderBy: t.arg({ type: ActorOrderEnum, defaultValue: 'NAME' }),
      ...t.arg.connectionArgs(),
    },
    resolve: (_root, args, context, info) => {
      checkTextFilter('nameContains', args.nameContains);
      const query = { kind: 'Actor', filter: { category: args.category, objective: args.objective, nameContains: args.nameContains }, order: args.orderBy ?? 'NAME' } as const;
      return offsetConnection(args, context.config, (page) => listPlanned(query, page, context, info));
    },
  }),
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'One actor by key; null for an unknown key.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, context) => {
      checkKey('key', key);
      return context.loaders.node('Actor').load(key);
    },
  }),
}));
