import { builder, loadNodes } from './builder.ts';
import { QuoteConnection, relatedList } from './connections.ts';
import { checkTextFilter, loadAll } from './inputs.ts';
import { offsetConnection } from './pagination.ts';
import { listPlanned, type PlannerExtensions } from './plan.ts';
import { ActorRef, ParagraphRef, QuoteOrderEnum, QuoteRef } from './refs.ts';

const quoteFiledUnder = relatedList('quoteFiledUnder');

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
      extensions: { readsProperties: ['paragraphRef'] } satisfies PlannerExtensions,
      // Under an actor–objective edge the paragraph came with the link: answered without a promise
      // (the flagship resolves hundreds of these).
      resolve: (quote, _args, context) =>
        context.loaders.linkedParagraph(quote.paragraphRef) ?? loadAll(context.loaders.node('Paragraph'), [quote.paragraphRef]).then(([paragraph]) => paragraph!),
    }),
    actors: t.field({
      type: [ActorRef],
      description: 'The actor the quote is filed under and every actor it names, by name.',
      ...relatedList('quoteActors'),
    }),
    filedUnder: t.field({
      type: ActorRef,
      description: 'The actor under whose heading the source lists the quote. The same sentence is often quoted under several headings, each a quote of its own.',
      extensions: quoteFiledUnder.extensions,
      resolve: async (quote, args, context, info) => {
        const [heading] = await quoteFiledUnder.resolve(quote, args, context, info);
        if (!heading) throw new Error(`Quote ${quote.key} is filed under no actor`);
        return heading;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  quotes: t.field({
    type: QuoteConnection,
    description: 'Quotes in source order (or in the order of the Compact), optionally filed under or naming one actor, of one objective, and/or containing some text.',
    args: {
      actor: t.arg.string({ description: 'An actor key: only quotes filed under or naming it, as in Actor.mentions.' }),
      objective: t.arg.int({ description: 'Only quotes of a paragraph of this objective.' }),
      text: t.arg.string({ description: 'Only quotes containing this, ignoring case.' }),
      orderBy: t.arg({ type: QuoteOrderEnum, defaultValue: 'SOURCE_ORDER' }),
      ...t.arg.connectionArgs(),
    },
    resolve: (_root, args, context, info) => {
      checkTextFilter('text', args.text);
      checkTextFilter('actor', args.actor);
      const query = { kind: 'Quote', filter: { actor: args.actor, objective: args.objective, text: args.text }, order: args.orderBy ?? 'SOURCE_ORDER' } as const;
      return offsetConnection(args, context.config, (page) => listPlanned(query, page, context, info));
    },
  }),
}));
