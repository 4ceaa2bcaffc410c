import { parseParagraphRef } from '../graph/paragraph-ref.ts';
import { echo, userInputError } from '../errors.ts';
import { builder, loadNodes } from './builder.ts';
import { ParagraphConnection, relatedList } from './connections.ts';
import { ARGUMENT_LIMITS, checkTextFilter } from './inputs.ts';
import { offsetConnection } from './pagination.ts';
import { listPlanned, loadPlanned, type PlannerExtensions } from './plan.ts';
import { ActorRef, ObjectiveRef, ParagraphOrderEnum, ParagraphRef, QuoteRef, ReferencePhraseRef, SectionEnum } from './refs.ts';

/** The one place a client's paragraph ref is read: loose in, canonical out, coded error when unparseable. */
export function canonicalRef(text: string): string {
  const ref = text.length <= ARGUMENT_LIMITS.paragraphRef ? parseParagraphRef(text) : null;
  if (!ref) throw userInputError(`${echo(text)} is not a paragraph ref; try 22b, §22(b), 35 or 43biii`);
  return ref.canonical;
}

builder.node(ParagraphRef, {
  description: 'A paragraph or sub-paragraph of A/RES/73/195.',
  id: { resolve: (paragraph) => paragraph.key, parse: canonicalRef },
  isTypeOf: (value) => (value as { kind?: string }).kind === 'Paragraph',
  loadManyWithoutCache: loadNodes('Paragraph'),
  fields: (t) => ({
    ref: t.exposeString('key', { description: 'Canonical ref: 22b, 35, 43biii.' }),
    number: t.exposeInt('number'),
    letter: t.exposeString('letter', { nullable: true }),
    item: t.exposeString('item', { nullable: true, description: 'Roman sub-item: iii in 43(b)(iii).' }),
    section: t.expose('section', { type: SectionEnum }),
    text: t.exposeString('text', { nullable: true, description: 'The longest quoted excerpt of this paragraph; null when none is quoted.' }),
    objective: t.field({
      type: ObjectiveRef,
      nullable: true,
      description: 'The objective this paragraph belongs to; null outside §17–§39.',
      extensions: { readsProperties: ['objectiveNumber'] } satisfies PlannerExtensions,
      resolve: (paragraph, _args, context) =>
        paragraph.objectiveNumber === null ? null : context.loaders.node('Objective').load(String(paragraph.objectiveNumber)),
    }),
    quotes: t.field({
      type: [QuoteRef],
      description: 'Quoted excerpts of this paragraph, in source order.',
      ...relatedList('paragraphQuotes'),
    }),
    actors: t.field({
      type: [ActorRef],
      description: 'Actors this paragraph mentions, by name.',
      ...relatedList('paragraphActors'),
    }),
    referencePhrases: t.field({
      type: [ReferencePhraseRef],
      description: 'Reference-table wordings that cite this paragraph.',
      ...relatedList('paragraphReferencePhrases'),
    }),
  }),
});

builder.queryFields((t) => ({
  paragraph: t.field({
    type: ParagraphRef,
    nullable: true,
    description: 'One paragraph by ref, written loosely (§ 22b, §22(b), 22 B); null when unknown, an error when unparseable.',
    args: { ref: t.arg.string({ required: true }) },
    // The lists the query reads of it come with the paragraph: one store call, not one per level.
    resolve: (_root, { ref }, context, info) => loadPlanned('Paragraph', canonicalRef(ref), context, info),
  }),
  paragraphs: t.field({
    type: ParagraphConnection,
    description:
      'Paragraphs in the order of the Compact (or by how many actors they mention), optionally of one section, of one objective, mentioning one actor, and/or with a quote containing some text.',
    args: {
      section: t.arg({ type: SectionEnum }),
      objective: t.arg.int(),
      actor: t.arg.string({ description: 'An actor key: only paragraphs that mention it.' }),
      text: t.arg.string({ description: 'Only paragraphs with a quote containing this, ignoring case.' }),
      orderBy: t.arg({ type: ParagraphOrderEnum, defaultValue: 'COMPACT_ORDER' }),
      ...t.arg.connectionArgs(),
    },
    resolve: (_root, args, context, info) => {
      checkTextFilter('text', args.text);
      checkTextFilter('actor', args.actor);
      const query = { kind: 'Paragraph', filter: { section: args.section, objective: args.objective, actor: args.actor, text: args.text }, order: args.orderBy ?? 'COMPACT_ORDER' } as const;
      return offsetConnection(args, context.config, (page) => listPlanned(query, page, context, info));
    },
  }),
}));
