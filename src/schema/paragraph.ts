import { parseParagraphRef } from '../graph/paragraph-ref.ts';
import { echo, userInputError } from '../errors.ts';
import { PARAGRAPH_RELATIONS, type ParagraphRelation } from '../store/graph-store.ts';
import { builder, loadNodes } from './builder.ts';
import { ParagraphConnection, relatedList } from './connections.ts';
import { selectsPath } from './lookahead.ts';
import { offsetConnection } from './pagination.ts';
import { checkTextFilter } from './actor.ts';
import { ActorRef, ObjectiveRef, ParagraphOrderEnum, ParagraphRef, QuoteRef, ReferencePhraseRef, SectionEnum } from './refs.ts';

/** The one place a client's paragraph ref is read: loose in, canonical out, coded error when unparseable. */
export function canonicalRef(text: string): string {
  const ref = text.length <= 40 ? parseParagraphRef(text) : null;
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
      resolve: (paragraph, _args, context) =>
        paragraph.objectiveNumber === null ? null : context.loaders.node('Objective').load(String(paragraph.objectiveNumber)),
    }),
    quotes: t.field({
      type: [QuoteRef],
      description: 'Quoted excerpts of this paragraph, in source order.',
      resolve: (paragraph, _args, context) => relatedList('paragraphQuotes', paragraph.key, context),
    }),
    actors: t.field({
      type: [ActorRef],
      description: 'Actors this paragraph mentions, by name.',
      resolve: (paragraph, _args, context) => relatedList('paragraphActors', paragraph.key, context),
    }),
    referencePhrases: t.field({
      type: [ReferencePhraseRef],
      description: 'Reference-table wordings that cite this paragraph.',
      resolve: (paragraph, _args, context) => relatedList('paragraphReferencePhrases', paragraph.key, context),
    }),
  }),
});

/** The Paragraph field that reads each relation `paragraphWithRelated` can bring along. */
const PARAGRAPH_RELATION_FIELDS: Record<ParagraphRelation, string> = {
  paragraphQuotes: 'quotes',
  paragraphActors: 'actors',
  paragraphReferencePhrases: 'referencePhrases',
};

builder.queryFields((t) => ({
  paragraph: t.field({
    type: ParagraphRef,
    nullable: true,
    description: 'One paragraph by ref, written loosely (§ 22b, §22(b), 22 B); null when unknown, an error when unparseable.',
    args: { ref: t.arg.string({ required: true }) },
    resolve: async (_root, { ref }, context, info) => {
      const key = canonicalRef(ref);
      // The lists the query reads of it come with the paragraph: one store call, not two levels.
      const relations = PARAGRAPH_RELATIONS.filter((relation) => selectsPath(info, [PARAGRAPH_RELATION_FIELDS[relation]]));
      if (relations.length === 0) return context.loaders.node('Paragraph').load(key);
      const found = await context.store.paragraphWithRelated(key, relations);
      if (found) context.loaders.primeParagraphWithRelated(found);
      return found?.paragraph ?? null;
    },
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
    resolve: (_root, args, context) => {
      checkTextFilter('text', args.text);
      checkTextFilter('actor', args.actor);
      const filter = { section: args.section, objective: args.objective, actor: args.actor, text: args.text };
      return offsetConnection(args, context.config, (page) => context.store.paragraphs(filter, page, args.orderBy ?? 'COMPACT_ORDER'));
    },
  }),
}));
