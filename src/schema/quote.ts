import { loadAll } from './actor.ts';
import { builder, loadNodes } from './builder.ts';
import { relatedList } from './connections.ts';
import { ActorRef, ParagraphRef, QuoteRef } from './refs.ts';

builder.node(QuoteRef, {
  description: 'One quoted excerpt of the source document, with the terms it sets in bold.',
  id: { resolve: (quote) => quote.key },
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Quote',
  loadManyWithoutCache: loadNodes('Quote'),
  fields: (t) => ({
    key: t.exposeString('key'),
    text: t.exposeString('text'),
    highlights: t.exposeStringList('highlights', { description: 'The terms the source set in bold, in order.' }),
    sourceLine: t.exposeInt('sourceLine', { description: '1-based line of the source document where the quote starts.' }),
    paragraph: t.field({
      type: ParagraphRef,
      description: 'The paragraph quoted, as the source gives its ref.',
      resolve: async (quote, _args, context) => (await loadAll(context.loaders.node('Paragraph'), [quote.paragraphRef]))[0]!,
    }),
    actors: t.field({
      type: [ActorRef],
      description: 'The actor the quote is filed under and every actor it names, by name.',
      resolve: (quote, _args, context) => relatedList('quoteActors', quote.key, context),
    }),
  }),
});
