import type { ActorNode } from '../graph/model.ts';
import type { ObjectiveLink } from '../store/graph-store.ts';
import { OBJECTIVE_COUNT } from '../graph/paragraph-ref.ts';
import { echo, userInputError } from '../errors.ts';
import { loadAll } from './actor.ts';
import { builder, loadNodes } from './builder.ts';
import { relatedList } from './connections.ts';
import { linkDetailWanted, objectiveLinksWanted, onlyTotalCount } from './lookahead.ts';
import { arrayConnection, offsetConnection } from './pagination.ts';
import { ActorRef, EngagementLevelEnum, EntryPointRef, LinkEdgeInterface, ObjectiveRef, ParagraphRef, type LinkEdge } from './refs.ts';

builder.node(ObjectiveRef, {
  description: 'One of the 23 objectives of the Global Compact; objective N is paragraph §(N+16).',
  id: {
    resolve: (objective) => objective.key,
    parse: (id) => {
      if (!/^\d{1,2}$/.test(id)) throw userInputError(`${echo(`Objective:${id}`)} is not an objective id; expected Objective:1 to Objective:${OBJECTIVE_COUNT}`);
      return String(Number(id));
    },
  },
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Objective',
  loadManyWithoutCache: loadNodes('Objective'),
  fields: (t) => ({
    number: t.exposeInt('number'),
    title: t.exposeString('title'),
    shortTitle: t.exposeString('shortTitle', { nullable: true, description: 'The source document’s own short name, e.g. "Recruitment and labour".' }),
    paragraph: t.field({
      type: ParagraphRef,
      description: 'The objective’s own paragraph: §17 for objective 1.',
      resolve: async (objective, _args, context) => (await loadAll(context.loaders.node('Paragraph'), [objective.paragraphRef]))[0]!,
    }),
    paragraphs: t.field({
      type: [ParagraphRef],
      description: 'The objective’s quoted sub-paragraphs, in order.',
      resolve: async (objective, _args, context) =>
        (await relatedList('objectiveParagraphs', objective.key, context)).filter(
          (paragraph) => paragraph.text !== null && paragraph.key !== objective.paragraphRef,
        ),
    }),
    actors: t.connection(
      {
        type: ActorRef,
        description: 'The actors linked to this objective, by name; each edge says why.',
        resolve: async (objective, args, context, info) => {
          // Counting the actors (objectives with actor counts) needs no links: at 1000x the graph an
          // objective has thousands of them.
          if (onlyTotalCount(info)) {
            const count = await context.loaders.actorCountOfObjective.load(objective.number);
            return offsetConnection<ObjectiveLink, LinkEdge<ActorNode>>(args, context.config, async () => ({ rows: [], totalCount: count }));
          }
          const links = await context.loaders.actorLinksOfObjectiveWith(linkDetailWanted(info)).load(objective.number);
          return arrayConnection(args, context.config, links, (link, cursor): LinkEdge<ActorNode> => ({ link, node: link.actor, cursor }));
        },
      },
      { name: 'ObjectiveActorConnection' },
      { name: 'ObjectiveActorEdge', interfaces: [LinkEdgeInterface] },
    ),
    entryPoints: t.field({
      type: [EntryPointRef],
      description: 'The ISCM entry points of this objective, regional first.',
      args: { level: t.arg({ type: EngagementLevelEnum }) },
      resolve: async (objective, { level }, context) =>
        (await relatedList('objectiveEntryPoints', objective.key, context)).filter((entry) => !level || entry.level === level),
    }),
  }),
});

builder.queryFields((t) => ({
  objectives: t.field({
    type: [ObjectiveRef],
    description: 'All 23 objectives, by number.',
    resolve: async (_root, _args, context, info) => {
      // When the objectives' actors are read too, they come with the list: one store call, not two.
      const links = objectiveLinksWanted(info);
      if (!links) return context.store.objectives();
      const { objectives, links: linksPerObjective } = await context.store.objectivesWithLinks(links);
      context.loaders.primeLinks(context.loaders.actorLinksOfObjectiveWith(links), objectives.map((objective) => objective.number), linksPerObjective);
      return objectives;
    },
  }),
  objective: t.field({
    type: ObjectiveRef,
    nullable: true,
    description: 'One objective by number; null outside 1..23.',
    args: { number: t.arg.int({ required: true }) },
    resolve: (_root, { number }, context) =>
      number >= 1 && number <= OBJECTIVE_COUNT ? context.loaders.node('Objective').load(String(number)) : null,
  }),
}));
