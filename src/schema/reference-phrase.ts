import { WHOLE_LIST } from '../store/graph-store.ts';
import { builder, loadNodes } from './builder.ts';
import { listPlanned } from './plan.ts';
import { relatedList } from './connections.ts';
import { ActorRef, ParagraphRef, PhraseGroupEnum, ReferencePhraseRef } from './refs.ts';

builder.node(ReferencePhraseRef, {
  description: 'A wording from the reference tables, e.g. "existing global and regional forums on migration".',
  id: { resolve: (phrase) => phrase.key },
  isTypeOf: (value) => (value as { kind?: string }).kind === 'ReferencePhrase',
  loadManyWithoutCache: loadNodes('ReferencePhrase'),
  fields: (t) => ({
    key: t.exposeString('key'),
    wording: t.exposeString('wording'),
    group: t.expose('group', { type: PhraseGroupEnum }),
    sourceLine: t.exposeInt('sourceLine'),
    paragraphs: t.field({
      type: [ParagraphRef],
      description: 'The paragraphs the table lists for this wording.',
      ...relatedList('referencePhraseParagraphs'),
    }),
    actors: t.field({
      type: [ActorRef],
      description: 'The actors this wording refers to.',
      ...relatedList('referencePhraseActors'),
    }),
  }),
});

builder.queryField('referencePhrases', (t) =>
  t.field({
    type: [ReferencePhraseRef],
    description: 'Every reference-table wording, in source order.',
    resolve: async (_root, _args, context, info) => {
      return (await listPlanned({ kind: 'ReferencePhrase' }, WHOLE_LIST, context, info)).rows;
    },
  }),
);
