import { WHOLE_LIST } from '../store/graph-store.ts';
import { builder, loadNodes } from './builder.ts';
import { loadAll } from './inputs.ts';
import { listPlanned, type PlannerExtensions } from './plan.ts';
import { EngagementLevelEnum, EntryPointRef, ObjectiveRef } from './refs.ts';

builder.node(EntryPointRef, {
  description: 'A row of the "Entry points for ISCMs to engage in the GCM implementation" tables.',
  id: { resolve: (entry) => entry.key },
  isTypeOf: (value) => (value as { kind?: string }).kind === 'EntryPoint',
  loadManyWithoutCache: loadNodes('EntryPoint'),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'regional-6, global-21, ...' }),
    level: t.expose('level', { type: EngagementLevelEnum }),
    action: t.exposeString('action', { description: 'The GCM action the row quotes or summarises.' }),
    engagement: t.exposeString('engagement', { description: 'The possible engagement of ISCMs.' }),
    sourceLine: t.exposeInt('sourceLine'),
    objective: t.field({
      type: ObjectiveRef,
      extensions: { readsProperties: ['objectiveNumber'] } satisfies PlannerExtensions,
      resolve: async (entry, _args, context) => (await loadAll(context.loaders.node('Objective'), [String(entry.objectiveNumber)]))[0]!,
    }),
  }),
});

builder.queryField('entryPoints', (t) =>
  t.field({
    type: [EntryPointRef],
    description: 'ISCM entry points, regional rows first, optionally of one level and/or objective.',
    args: { level: t.arg({ type: EngagementLevelEnum }), objective: t.arg.int() },
    resolve: async (_root, args, context, info) => {
      const query = { kind: 'EntryPoint', filter: { level: args.level, objective: args.objective } } as const;
      return (await listPlanned(query, WHOLE_LIST, context, info)).rows;
    },
  }),
);
