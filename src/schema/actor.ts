import type { ObjectiveNode } from '../graph/model.ts';
import { userInputError } from '../errors.ts';
import { builder, loadNodes } from './builder.ts';
import { ActorConnection, ParagraphConnection, QuoteConnection, relatedConnection, relatedList } from './connections.ts';
import { actorLinksWanted, linkDetailWanted } from './lookahead.ts';
import { arrayConnection, offsetConnection } from './pagination.ts';
import { ActorCategoryEnum, ActorOrderEnum, ActorRef, LinkEdgeInterface, ObjectiveRef, ReferencePhraseRef, type LinkEdge } from './refs.ts';

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
        resolve: async (actor, args, context, info) => {
          const links = await context.loaders.objectiveLinksOfActorWith(linkDetailWanted(info)).load(actor.key);
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

const MAX_TEXT_FILTER_LENGTH = 200;

/** A text filter of a list: bounded, so that a client cannot send the store a megabyte to match. */
export function checkTextFilter(name: string, value: string | null | undefined): void {
  if (value != null && value.length > MAX_TEXT_FILTER_LENGTH) throw userInputError(`${name} must be at most ${MAX_TEXT_FILTER_LENGTH} characters`);
}

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
      const filter = { category: args.category, objective: args.objective, nameContains: args.nameContains };
      // When the actors' objectives are read too, they come with the page: one store call, not two.
      const links = actorLinksWanted(info);
      return offsetConnection(args, context.config, async (page) => {
        const actors = await context.store.actors(filter, page, args.orderBy ?? 'NAME', links);
        if (links && actors.links) {
          context.loaders.primeLinks(context.loaders.objectiveLinksOfActorWith(links), actors.rows.map((actor) => actor.key), actors.links);
        }
        return actors;
      });
    },
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
