import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZES, QUERIES, type ActorDetails, type CoverageResult, type Overview, type PathResult, type QuoteText, type RelationshipType } from '../explorer/src/api.ts';
import { coverageFromQuery, coverageTotals } from '../explorer/src/coverage.ts';
import { markTerms, snippetRuns } from '../explorer/src/highlight.ts';
import { objectiveLabel, shorten } from '../explorer/src/labels.ts';
import { describePath } from '../explorer/src/path-words.ts';
import { quoteCards } from '../explorer/src/quote-cards.ts';
import { explorerTypesOf } from '../tools/explorer-types.ts';
import { loadSeedGraph } from '../seed/extract.ts';
import { RELATIONSHIPS as PHRASES } from '../src/graph/catalogue.ts';
import { RELATIONSHIP_TYPES } from '../src/graph/model.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { executorFor, type Execute } from './helpers.ts';

// The explorer's pure modules run in node as they do in the browser; the DOM parts are covered
// by explorer.browser.test.ts.

/** The variables the explorer sends with each operation. */
const SAMPLE_VARIABLES: Record<keyof typeof QUERIES, Record<string, unknown>> = {
  overview: { actors: PAGE_SIZES.overviewActors, objectives: PAGE_SIZES.objectives },
  moreActors: { actors: PAGE_SIZES.overviewActors, objectives: PAGE_SIZES.objectives, after: null },
  actor: { key: 'trade-unions', objectives: PAGE_SIZES.objectives, mentions: PAGE_SIZES.mentions },
  objective: { number: 6, actors: PAGE_SIZES.actors },
  path: { from: 'Actor:trade-unions', to: 'Actor:gfmd' },
  coverage: {},
  search: { query: 'remittances', first: PAGE_SIZES.search },
  focus: { id: 'Paragraph:22b' },
};

let execute: Execute;
beforeAll(() => {
  execute = executorFor(new MemoryGraphStore(loadSeedGraph().graph)).execute;
});

describe('explorer queries', () => {
  const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

  // Run through createApp with the default configuration: every operation limit applies.
  it.each(Object.keys(QUERIES) as (keyof typeof QUERIES)[])('%s is valid against schema.graphql and runs within the default limits', async (name) => {
    expect(validate(schema, parse(QUERIES[name]))).toEqual([]);
    const response = await execute(QUERIES[name], SAMPLE_VARIABLES[name]);
    expect(response.errors).toBeUndefined();
  });
});

describe('path in words', () => {
  it('tells trade unions → GFMD hop by hop, in the stored direction of each relationship', async () => {
    const response = await execute<{ shortestPath: PathResult }>(QUERIES.path, SAMPLE_VARIABLES.path);
    const path = response.data!.shortestPath;
    const words = describePath(path);
    expect(words.hops).toHaveLength(path.length);
    expect(words.chain.startsWith('Trade unions — ')).toBe(true);
    expect(words.chain.endsWith('Global Forum on Migration and Development')).toBe(true);
    // The chain is the API's own sentence, with the explorer's node names.
    expect(words.chain).toBe('Trade unions — is listed in the summary for — Objective 18 — includes — §34f — mentions — Global Forum on Migration and Development');
    for (const hop of words.hops) expect(hop).toMatch(/^[A-Z§“].+\.$/);
  });

  const nodes = {
    Actor: { __typename: 'Actor', id: 'Actor:trade-unions', name: 'Trade unions' },
    Objective: { __typename: 'Objective', id: 'Objective:6', number: 6, shortTitle: 'Recruitment and labour', title: 'Facilitate fair and ethical recruitment' },
    Paragraph: { __typename: 'Paragraph', id: 'Paragraph:22d', ref: '22d' },
    Quote: { __typename: 'Quote', id: 'Quote:q', text: 'Develop and strengthen labour migration', paragraph: { ref: '22d' } },
    ReferencePhrase: { __typename: 'ReferencePhrase', id: 'ReferencePhrase:p', wording: 'existing regional platforms' },
    EntryPoint: { __typename: 'EntryPoint', id: 'EntryPoint:regional-6', level: 'REGIONAL', objective: { number: 6 } },
  } as const;

  it('has a sentence for every relationship type of the model, both ways', () => {
    for (const [type, ends] of Object.entries(RELATIONSHIP_TYPES)) {
      const from = nodes[ends.from];
      const to = nodes[ends.to];
      const step = { type: type as RelationshipType, from: from.id, to: to.id };
      const phrases = PHRASES[type as RelationshipType];
      const forward = describePath({ length: 1, nodes: [from, to], relationships: [step], steps: [{ phrase: phrases.forward }] });
      const backward = describePath({ length: 1, nodes: [to, from], relationships: [step], steps: [{ phrase: phrases.backward }] });
      expect(forward.hops[0]).not.toEqual(backward.hops[0]);
      for (const words of [forward, backward]) {
        expect(words.hops).toHaveLength(1);
        expect(words.hops[0]).not.toContain('undefined');
      }
    }
  });

  it('words each hop as the API does (steps { phrase }), in the direction walked', () => {
    const step = { type: 'IN_OBJECTIVE' as const, from: 'Paragraph:22d', to: 'Objective:6' };
    expect(describePath({ length: 1, nodes: [nodes.Paragraph, nodes.Objective], relationships: [step], steps: [{ phrase: 'is part of' }] }).hops[0]).toBe(
      '§22d is part of Objective 6 (Recruitment and labour).',
    );
    expect(describePath({ length: 1, nodes: [nodes.Objective, nodes.Paragraph], relationships: [step], steps: [{ phrase: 'includes' }] }).hops[0]).toBe(
      'Objective 6 (Recruitment and labour) includes §22d.',
    );
    const mentions = { type: 'MENTIONS' as const, from: 'Paragraph:22d', to: 'Actor:trade-unions' };
    expect(describePath({ length: 1, nodes: [nodes.Actor, nodes.Paragraph], relationships: [mentions], steps: [{ phrase: 'mentioned in' }] })).toEqual({
      chain: 'Trade unions — mentioned in — §22d',
      hops: ['Trade unions mentioned in §22d.'],
    });
  });
});

describe('highlighting', () => {
  it('marks every bold term, case-insensitively, longest first, and keeps the rest as text', () => {
    const runs = markTerms('Trade unions and the private sector; trade unions again.', ['trade unions', 'private sector', 'trade']);
    expect(runs).toEqual([
      { text: 'Trade unions', marked: true },
      { text: ' and the ', marked: false },
      { text: 'private sector', marked: true },
      { text: '; ', marked: false },
      { text: 'trade unions', marked: true },
      { text: ' again.', marked: false },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe('Trade unions and the private sector; trade unions again.');
  });

  it('treats terms as plain text, not patterns', () => {
    expect(markTerms('a (b) c', ['(b)', '', '  '])).toEqual([
      { text: 'a ', marked: false },
      { text: '(b)', marked: true },
      { text: ' c', marked: false },
    ]);
    expect(markTerms('no terms', [])).toEqual([{ text: 'no terms', marked: false }]);
  });

  it('reads ** in search snippets as marks', () => {
    expect(snippetRuns('…the **trade** **unions** of…')).toEqual([
      { text: '…the ', marked: false },
      { text: 'trade', marked: true },
      { text: ' ', marked: false },
      { text: 'unions', marked: true },
      { text: ' of…', marked: false },
    ]);
  });
});

describe('quote cards', () => {
  const tradeUnions = { id: 'Actor:trade-unions', name: 'Trade unions' };
  const privateSector = { id: 'Actor:private-sector', name: 'Private sector' };
  const quote = (text: string, ref: string, filedUnder: QuoteText['filedUnder'], highlights: string[] = []): QuoteText => ({ id: `Quote:${filedUnder.id}-${ref}-${text.length}`, text, highlights, paragraph: { ref }, filedUnder });

  it('shows §18(e), quoted under trade unions and under private sector, once under trade unions, with both headings and both bold terms', async () => {
    const response = await execute<{ actor: ActorDetails }>(QUERIES.actor, SAMPLE_VARIABLES.actor);
    const objectiveTwo = response.data!.actor.objectives.edges.find((edge) => edge.node.number === 2)!;
    const of18e = objectiveTwo.quotes.filter((quote) => quote.paragraph.ref === '18e');
    expect(of18e).toHaveLength(2);
    const cards = quoteCards(objectiveTwo.quotes).filter((card) => card.paragraph.ref === '18e');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.headings.map((heading) => heading.name).sort()).toEqual(['Private sector', 'Trade unions']);
    expect(cards[0]!.highlights.sort()).toEqual(['private sector', 'trade unions']);
  });

  it('merges an excerpt into a fuller one of the same paragraph, keeping the order of the first quote', () => {
    const cards = quoteCards([
      quote('Other sentence.', '21a', tradeUnions),
      quote('...in cooperation with the private sector...', '18e', privateSector, ['private sector']),
      quote('Invest in skills, in cooperation with the private sector and trade unions', '18e', tradeUnions, ['trade unions']),
    ]);
    expect(cards.map((card) => card.text)).toEqual(['Other sentence.', 'Invest in skills, in cooperation with the private sector and trade unions']);
    expect(cards[1]!.headings).toEqual([privateSector, tradeUnions]);
    expect(cards[1]!.highlights).toEqual(['private sector', 'trade unions']);
  });

  it('keeps the same words of two paragraphs, and two sentences of one paragraph, apart', () => {
    const cards = quoteCards([quote('Same words', '18e', tradeUnions), quote('Same words', '21e', tradeUnions), quote('Another sentence', '18e', privateSector)]);
    expect(cards.map((card) => `${card.paragraph.ref} ${card.text}`)).toEqual(['18e Same words', '21e Same words', '18e Another sentence']);
  });
});

describe('coverage matrix', () => {
  it('has one row per actor, 23 columns, and the paragraph counts of actors { objectives }', async () => {
    const response = await execute<{ objectives: Overview['objectives']; actors: { nodes: Overview['actors'] } }>(QUERIES.overview, SAMPLE_VARIABLES.overview);
    const overview: Overview = { objectives: response.data!.objectives, actors: response.data!.actors.nodes };
    const coverage = await execute<{ coverage: CoverageResult }>(QUERIES.coverage, SAMPLE_VARIABLES.coverage);
    const matrix = coverageFromQuery(coverage.data!.coverage);
    expect(matrix.actors).toHaveLength(overview.actors.length);
    expect(matrix.objectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    for (const actor of overview.actors) {
      expect(matrix.cells.get(actor.id)?.size).toBe(actor.objectives.edges.length);
      for (const edge of actor.objectives.edges) {
        expect(matrix.cells.get(actor.id)?.get(edge.node.number)).toEqual({ paragraphs: edge.paragraphs.length, basis: edge.basis });
      }
    }
    const tradeUnions = overview.actors.find((a) => a.key === 'trade-unions')!;
    const { byActor } = coverageTotals(matrix);
    expect(byActor.get(tradeUnions.id)?.objectives).toBe(tradeUnions.objectives.edges.length);
    expect(matrix.maxParagraphs).toBeGreaterThan(0);
  });
});

describe('labels', () => {
  it('shortens at a word and labels objectives with or without a short title', () => {
    expect(shorten('Ensure that all migrants have proof of legal identity', 20)).toBe('Ensure that all…');
    expect(objectiveLabel({ number: 6, title: 'Facilitate…', shortTitle: 'Recruitment and labour' })).toBe('6 · Recruitment and labour');
    expect(objectiveLabel({ number: 20, title: 'Promote faster, safer and cheaper transfer of remittances', shortTitle: null })).toBe('20 · Remittances');
  });
});

describe('the explorer typed from schema.graphql', () => {
  const schemaSource = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

  it('has api-types.ts as tools/explorer-types.ts writes it from the committed schema', () => {
    expect(readFileSync(new URL('../explorer/src/api-types.ts', import.meta.url), 'utf8')).toBe(explorerTypesOf(schemaSource));
  });

  it('fails its type check when a field it reads leaves schema.graphql', () => {
    // Objective.shortTitle, read by the overview, the panel and the path words.
    const without = schemaSource.replace(/\n\n  """[^\n]*"""\n  shortTitle: String\n/, '\n');
    expect(without).not.toBe(schemaSource);
    expect(() => explorerTypesOf(without)).toThrow(/Cannot query field "shortTitle" on type "Objective"/);
  });
});
