import type { ObjectiveNode } from '../graph/model.ts';
import { userInputError } from '../errors.ts';
import { builder, loadNodes } from './builder.ts';
import { ActorConnection, ParagraphConnection, QuoteConnection, relatedConnection, relatedList } from './connections.ts';
import { arrayConnection, offsetConnection } from './pagination.ts';
import { ActorCategoryEnum, ActorRef, LinkEdgeInterface, ObjectiveRef, ReferencePhraseRef, type LinkEdge } from './refs.ts';

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
        resolve: async (actor, args, context) => {
          const links = await context.loaders.objectiveLinksOfActor.load(actor.key);
          return arrayConnection(args, context.config, links, (link, cursor): LinkEdge<ObjectiveNode> => ({ link, node: link.objective, cursor }));
        },
      },
      { name: 'ActorObjectiveConnection' },
      { name: 'ActorObjectiveEdge', interfaces: [LinkEdgeInterface] },
    ),
    mentions: t.field({
      type: QuoteConnection,
      description: 'Quotes filed under this actor in the source, or naming it, in source order.',
      args: { ...t.arg.connectionArgs() },
      resolve: (actor, args, context) => relatedConnection('actorMentions', actor.key, args, context),
    }),
    paragraphs: t.field({
      type: ParagraphConnection,
      description: 'Paragraphs that mention this actor, in the order of the Compact.',
      args: { ...t.arg.connectionArgs() },
      resolve: (actor, args, context) => relatedConnection('actorParagraphs', actor.key, args, context),
    }),
    referencePhrases: t.field({
      type: [ReferencePhraseRef],
      description: 'Reference-table wordings that refer to this actor.',
      resolve: (actor, _args, context) => relatedList('actorReferencePhrases', actor.key, context),
    }),
  }),
});

/** Loads nodes that must exist (keys come from the graph itself), failing loudly if one does not. */
export async function loadAll<T>(loader: { loadMany(keys: readonly string[]): Promise<(T | null | Error)[]> }, keys: readonly string[]): Promise<T[]> {
  const nodes = await loader.loadMany(keys);
  return nodes.map((node, index) => {
    if (node instanceof Error) throw node;
    if (node === null) throw new Error(`Dangling reference to ${keys[index]}`);
    return node;
  });
}

builder.queryFields((t) => ({
  actors: t.field({
    type: ActorConnection,
    description: 'All actors, by name, optionally of one category.',
    args: { category: t.arg({ type: ActorCategoryEnum }), ...t.arg.connectionArgs() },
    resolve: (_root, args, context) =>
      offsetConnection(args, context.config, (page) => context.store.actors({ category: args.category }, page)),
  }),
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'One actor by key; null for an unknown key.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, context) => {
      if (key.length > 200) throw userInputError('key is too long');
      return context.loaders.node('Actor').load(key);
    },
  }),
}));
