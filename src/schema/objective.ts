import { OBJECTIVE_COUNT } from '../graph/paragraph-ref.ts';
import { echo, userInputError } from '../errors.ts';
import { WHOLE_LIST } from '../store/graph-store.ts';
import { builder, loadNodes } from './builder.ts';
import { linkConnection, relatedList } from './connections.ts';
import { loadAll } from './inputs.ts';
import { listPlanned, type PlannerExtensions } from './plan.ts';
import { ActorRef, EngagementLevelEnum, EntryPointRef, LinkEdgeInterface, ObjectiveRef, ParagraphRef } from './refs.ts';

const objectiveParagraphs = relatedList('objectiveParagraphs');
const objectiveEntryPoints = relatedList('objectiveEntryPoints');

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
      extensions: { readsProperties: ['paragraphRef'] } satisfies PlannerExtensions,
      resolve: async (objective, _args, context) => (await loadAll(context.loaders.node('Paragraph'), [objective.paragraphRef]))[0]!,
    }),
    paragraphs: t.field({
      type: [ParagraphRef],
      description: 'The objective’s quoted sub-paragraphs, in order.',
      // Its own paragraph is left out by ref, the unquoted ones by their text.
      extensions: { ...objectiveParagraphs.extensions, readsProperties: ['paragraphRef'], readsNodeProperties: { Paragraph: ['text'] } } satisfies PlannerExtensions,
      resolve: async (objective, args, context, info) =>
        (await objectiveParagraphs.resolve(objective, args, context, info)).filter((paragraph) => paragraph.text !== null && paragraph.key !== objective.paragraphRef),
    }),
    actors: t.connection(
      {
        type: ActorRef,
        description: 'The actors linked to this objective, by name; each edge says why.',
        ...linkConnection('objectiveActors', (link) => link.actor),
      },
      { name: 'ObjectiveActorConnection' },
      { name: 'ObjectiveActorEdge', interfaces: [LinkEdgeInterface] },
    ),
    entryPoints: t.field({
      type: [EntryPointRef],
      description: 'The ISCM entry points of this objective, regional first.',
      args: { level: t.arg({ type: EngagementLevelEnum }) },
      extensions: { ...objectiveEntryPoints.extensions, readsNodeProperties: { EntryPoint: ['level'] } } satisfies PlannerExtensions,
      resolve: async (objective, args, context, info) =>
        (await objectiveEntryPoints.resolve(objective, args, context, info)).filter((entry) => !args.level || entry.level === args.level),
    }),
  }),
});

builder.queryFields((t) => ({
  objectives: t.field({
    type: [ObjectiveRef],
    description: 'All 23 objectives, by number.',
    resolve: async (_root, _args, context, info) => {
      return (await listPlanned({ kind: 'Objective' }, WHOLE_LIST, context, info)).rows;
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
