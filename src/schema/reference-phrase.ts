import { builder, loadNodes } from './builder.ts';
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
      resolve: (phrase, _args, context) => relatedList('referencePhraseParagraphs', phrase.key, context),
    }),
    actors: t.field({
      type: [ActorRef],
      description: 'The actors this wording refers to.',
      resolve: (phrase, _args, context) => relatedList('referencePhraseActors', phrase.key, context),
    }),
  }),
});

builder.queryField('referencePhrases', (t) =>
  t.field({
    type: [ReferencePhraseRef],
    description: 'Every reference-table wording, in source order.',
    resolve: (_root, _args, context) => context.store.referencePhrases(),
  }),
);
