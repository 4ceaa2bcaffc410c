import { objectiveOfParagraph, paragraphOfObjective } from '../../src/graph/paragraph-ref.ts';
import { countBullets, countQuoteCitations, type ParsedQuote, type QuoteGroup, type SourceLine } from './quotes.ts';
import { REQUIRED_ACTOR_KEYS, type Registry } from './registry.ts';
import type { DataReport, IssueLog } from './report.ts';
import type { SummaryStatement } from './summary.ts';
import type { ReferenceRow } from './tables.ts';

/** A parsed quote with the actors it is filed under and names. */
export interface ActorQuote {
  parsed: ParsedQuote;
  key: string;
  filedUnder: string | null;
  names: string[];
}

const MIN_SHARED_WORDS = 8;

/** The quote-loss guard: the quotes extracted against two counts of the raw text made without the scanner. */
export function checkQuoteCounts(sourceText: string, quotes: readonly ActorQuote[], issues: IssueLog): DataReport['quoteCheck'] {
  const quoteCheck = { extracted: quotes.length, citations: countQuoteCitations(sourceText), bullets: countBullets(sourceText) };
  if (quoteCheck.extracted !== quoteCheck.citations || quoteCheck.extracted !== quoteCheck.bullets) {
    issues.add(
      'QUOTE_LOST',
      `${quoteCheck.extracted} quotes extracted, but the source has ${quoteCheck.citations} closing citations and ${quoteCheck.bullets} bullets`,
      [],
    );
  }
  return quoteCheck;
}

/**
 * Every actor the API contract requires has a quote filed under it or naming it. The whole document
 * quotes each of them; a copy cut off at the end of a line loses the actors of its missing sections,
 * which the quote counts cannot see (they still agree).
 */
export function checkRequiredActorsQuoted(quotes: readonly ActorQuote[], issues: IssueLog): void {
  const quoted = new Set(quotes.flatMap((quote) => [quote.filedUnder, ...quote.names]));
  for (const actorKey of REQUIRED_ACTOR_KEYS) {
    if (!quoted.has(actorKey)) issues.add('ACTOR_NOT_QUOTED', `required actor ${actorKey}: no quote is filed under it or names it`, []);
  }
}

/** Map.groupBy arrived in Node 21; this project runs on Node 20. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** The same sentence quoted under two different refs (excerpts may be cut short with "..."). */
export function checkDuplicateSentences(quotes: readonly ActorQuote[], issues: IssueLog): void {
  const fragments = quotes.map((quote) => sentenceFragments(quote.parsed.text));
  const parent = quotes.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  for (let a = 0; a < quotes.length; a++) {
    for (let b = a + 1; b < quotes.length; b++) {
      if (quotes[a]!.parsed.ref.canonical === quotes[b]!.parsed.ref.canonical) continue;
      const shared = fragments[a]!.some((left) => fragments[b]!.some((right) => containsWords(left, right) || containsWords(right, left)));
      if (shared) parent[root(b)] = root(a);
    }
  }
  const components = new Map<number, ActorQuote[]>();
  quotes.forEach((quote, index) => components.set(root(index), [...(components.get(root(index)) ?? []), quote]));
  for (const component of components.values()) {
    const refs = [...new Set(component.map((quote) => quote.parsed.ref.canonical))];
    if (refs.length < 2) continue;
    const where = refs.map((ref) => {
      const lines = component.filter((quote) => quote.parsed.ref.canonical === ref).map((quote) => quote.parsed.line);
      return `§${ref} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`;
    });
    issues.add(
      'DUPLICATE_SENTENCE',
      `"${component[0]!.parsed.text.slice(0, 60)}…" is quoted under ${where.join(' and ')}`,
      component.map((quote) => quote.parsed.line),
    );
  }
}

function sentenceFragments(text: string): string[] {
  return text
    .replace(/…/g, '...')
    .split(/\.\.\.|[.;!?](?=\s|$)|[“”"]/)
    .map((fragment) => fragment.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim())
    .filter((fragment) => fragment.split(' ').length >= MIN_SHARED_WORDS);
}

/** Excerpts are cut short at either end ("...we invite"), so a shared sentence aligns with one end of the other. */
function containsWords(longer: string, shorter: string): boolean {
  return longer === shorter || longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`);
}

/** The same ref quoted twice under one heading. */
export function checkRepeatedQuotes(groups: readonly QuoteGroup[], issues: IssueLog): void {
  for (const group of groups) {
    const byRef = groupBy(group.quotes, (quote) => quote.ref.canonical);
    for (const [ref, quotes] of byRef) {
      if (quotes.length < 2) continue;
      issues.add(
        'REPEATED_QUOTE',
        `§${ref} is quoted ${quotes.length} times under "${group.heading}" (overlapping excerpts)`,
        quotes.map((quote) => quote.line),
      );
    }
  }
}

/** Quotes filed under an actor whose text names none of that actor's aliases. */
export function checkFiledButNotNamed(quotes: readonly ActorQuote[], issues: IssueLog): void {
  for (const quote of quotes) {
    if (quote.filedUnder && !quote.names.includes(quote.filedUnder)) {
      issues.add(
        'FILED_NOT_NAMED',
        `quote ${quote.key} is filed under ${quote.filedUnder} but its text names no alias of it (highlights: ${quote.parsed.highlights.map((h) => `"${h}"`).join(', ') || 'none'})`,
        [quote.parsed.line],
      );
    }
  }
}

/**
 * Compares each reference-table row with the quote group of the same wording: refs listed
 * without a quote, quotes whose ref the row does not list. Rows are matched to the groups that
 * follow their table (up to the next table), by wording, one to one.
 */
export function checkTablesAgainstQuotes(
  rows: readonly ReferenceRow[],
  groups: readonly QuoteGroup[],
  prose: readonly SourceLine[],
  allQuotes: readonly ParsedQuote[],
  issues: IssueLog,
): void {
  for (const block of tableBlocks(rows, groups)) {
    const matches = matchRowsToGroups(block.rows, block.groups);
    for (const row of block.rows) {
      const match = matches.get(row);
      if (!match) {
        const quoted = row.refs.map((ref) => {
          const count = allQuotes.filter((quote) => quote.ref.canonical === ref.canonical).length;
          return count > 0 ? `§${ref.canonical} is quoted elsewhere` : `§${ref.canonical} is quoted nowhere`;
        });
        issues.add(
          'TABLE_ROW_WITHOUT_QUOTE_GROUP',
          `table row "${row.wording}" has no quote group of its own (${quoted.join('; ')})`,
          [row.line],
        );
        continue;
      }
      const { group, loose } = match;
      if (loose) {
        issues.add(
          'HEADING_MISMATCH',
          `heading "${group.heading}" differs from its table wording "${row.wording}" (${loose})`,
          [group.line, row.line],
        );
      }
      const quotedRefs = new Set(group.quotes.map((quote) => quote.ref.canonical));
      for (const ref of row.refs) {
        if (quotedRefs.has(ref.canonical)) continue;
        issues.add(
          'TABLE_REF_WITHOUT_QUOTE',
          `table row "${row.wording}" lists §${ref.canonical}, but no quote under the heading "${group.heading}" cites it`,
          [row.line, group.line],
        );
      }
      const listedRefs = new Set(row.refs.map((ref) => ref.canonical));
      for (const quote of group.quotes) {
        if (listedRefs.has(quote.ref.canonical)) continue;
        const parentListed = quote.ref.letter !== null && listedRefs.has(String(quote.ref.number));
        issues.add(
          'QUOTE_REF_NOT_IN_TABLE',
          `quote of §${quote.ref.canonical} under "${group.heading}" is not listed by its table row "${row.wording}"${parentListed ? ` (the row lists §${quote.ref.number}, with no quote of its own)` : ''}`,
          [quote.line, row.line],
        );
      }
    }
    for (const group of block.groups) {
      if ([...matches.values()].some((match) => match.group === group)) continue;
      const sameSection = !prose.some((line) => line.number > block.lastRowLine && line.number < group.line);
      if (block.rows.length > 0 && sameSection) {
        issues.add(
          'QUOTE_GROUP_WITHOUT_TABLE_ROW',
          `heading "${group.heading}" has no row in the reference table above it (line ${block.lastRowLine})`,
          [group.line, block.lastRowLine],
        );
      }
    }
  }
}

interface TableBlock {
  rows: ReferenceRow[];
  groups: QuoteGroup[];
  lastRowLine: number;
}

/** A table's rows with the quote groups that follow it, up to the next table. */
function tableBlocks(rows: readonly ReferenceRow[], groups: readonly QuoteGroup[]): TableBlock[] {
  const items = [
    ...rows.map((row) => ({ line: row.line, row })),
    ...groups.map((group) => ({ line: group.line, group })),
  ].sort((a, b) => a.line - b.line);
  const blocks: TableBlock[] = [];
  let current: TableBlock = { rows: [], groups: [], lastRowLine: 0 };
  for (const item of items) {
    if ('row' in item) {
      if (current.groups.length > 0) {
        blocks.push(current);
        current = { rows: [], groups: [], lastRowLine: 0 };
      }
      current.rows.push(item.row);
      current.lastRowLine = item.line;
    } else {
      current.groups.push(item.group);
    }
  }
  blocks.push(current);
  return blocks;
}

const MATCH_STOP_WORDS = new Set(['the', 'references', 'reference', 'to', 'relevant', 'and', 'of', 'for', 'on', 'at', 'in', 'a', 'an']);

function wordSet(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9-]+/)
    .filter((word) => word !== '' && !MATCH_STOP_WORDS.has(word));
  return [...new Set(words)].sort();
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + (a.length > b.length ? 1 : 0)) === b.slice(i + (b.length > a.length ? 1 : 0));
}

type Level = (row: string[], heading: string[]) => string | boolean;

/** Exact word sets, then one containing the other, then equal but for one-letter typos (reported). */
const MATCH_LEVELS: Level[] = [
  (row, heading) => row.join(' ') === heading.join(' '),
  (row, heading) => row.every((word) => heading.includes(word)) || heading.every((word) => row.includes(word)),
  (row, heading) => {
    const rowOnly = row.filter((word) => !heading.includes(word));
    const headingOnly = heading.filter((word) => !row.includes(word));
    if (rowOnly.length === 0 || rowOnly.length !== headingOnly.length) return false;
    const typos: string[] = [];
    for (const word of rowOnly) {
      const index = headingOnly.findIndex((other) => word.length >= 4 && editDistanceAtMostOne(word, other));
      if (index === -1) return false;
      typos.push(`"${headingOnly[index]}" for "${word}"`);
      headingOnly.splice(index, 1);
    }
    return typos.join(', ');
  },
];

function matchRowsToGroups(
  rows: readonly ReferenceRow[],
  groups: readonly QuoteGroup[],
): Map<ReferenceRow, { group: QuoteGroup; loose: string | null }> {
  const matches = new Map<ReferenceRow, { group: QuoteGroup; loose: string | null }>();
  const taken = new Set<QuoteGroup>();
  for (const level of MATCH_LEVELS) {
    for (const row of rows) {
      if (matches.has(row)) continue;
      const rowWords = wordSet(row.wording);
      const candidates = groups
        .filter((group) => !taken.has(group))
        .map((group) => ({ group, result: level(rowWords, wordSet(group.heading)) }))
        .filter(({ result }) => result !== false);
      if (candidates.length !== 1) continue;
      const { group, result } = candidates[0]!;
      matches.set(row, { group, loose: typeof result === 'string' ? result : null });
      taken.add(group);
    }
  }
  return matches;
}

/**
 * For each actor of the summary: objectives it lists that no quote of the actor (filed under
 * or naming it) comes from, and objectives of the actor's quotes that it does not list.
 */
export function checkSummaryAgainstQuotes(
  statements: readonly SummaryStatement[],
  quotes: readonly ActorQuote[],
  registry: Registry,
  issues: IssueLog,
): void {
  const byActor = groupBy(statements, (statement) => statement.actorKey);
  for (const [actorKey, actorStatements] of byActor) {
    const lines = actorStatements.map((statement) => statement.line);
    const wording = actorStatements[0]!.wording;
    const listed = new Set(actorStatements.flatMap((statement) => statement.objectiveNumbers));
    const quotesOf = (objective: number, predicate: (quote: ActorQuote) => boolean) =>
      quotes.filter((quote) => objectiveOfParagraph(quote.parsed.ref.number) === objective && predicate(quote));
    const isActorQuote = (quote: ActorQuote) => quote.filedUnder === actorKey || quote.names.includes(actorKey);

    for (const objective of [...listed].sort((a, b) => a - b)) {
      if (quotesOf(objective, isActorQuote).length > 0) continue;
      const category = registry.actors.find((actor) => actor.key === actorKey)?.category;
      const kindred = quotesOf(objective, (quote) =>
        [quote.filedUnder, ...quote.names].some(
          (key) => key !== null && key !== actorKey && registry.actors.find((actor) => actor.key === key)?.category === category,
        ),
      );
      const hint = kindred.length
        ? `; quotes of other ${category} actors do: ${kindred.map((quote) => `${quote.key} (line ${quote.parsed.line})`).join(', ')}`
        : '';
      issues.add(
        'SUMMARY_MISMATCH',
        `summary lists objective ${objective} for "${wording}" (${actorKey}), but no quote filed under or naming ${actorKey} comes from §${paragraphOfObjective(objective)}${hint}`,
        lines,
      );
    }
    const quoted = groupBy(
      quotes.filter(isActorQuote).filter((quote) => objectiveOfParagraph(quote.parsed.ref.number) !== null),
      (quote) => objectiveOfParagraph(quote.parsed.ref.number)!,
    );
    for (const objective of [...quoted.keys()].sort((a, b) => a - b)) {
      if (listed.has(objective)) continue;
      const evidence = quoted.get(objective)!;
      issues.add(
        'SUMMARY_MISMATCH',
        `quotes of ${actorKey} come from objective ${objective} (${evidence.map((quote) => `§${quote.parsed.ref.canonical}`).filter((ref, index, all) => all.indexOf(ref) === index).join(', ')}), which the summary does not list for "${wording}"`,
        [...lines, ...evidence.map((quote) => quote.parsed.line)],
      );
    }
  }
}
