import { parseParagraphRef, REF_REPAIRS, type ParagraphRef } from '../../src/graph/paragraph-ref.ts';
import type { IssueLog } from './report.ts';

export interface SourceLine {
  /** 1-based line number. */
  number: number;
  text: string;
}

/** A heading of the annex followed by bulleted quotes. */
export interface QuoteGroup {
  heading: string;
  line: number;
  quotes: ParsedQuote[];
}

export interface ParsedQuote {
  group: QuoteGroup;
  /** Without the surrounding quote marks and without the ** markers. */
  text: string;
  /** The bold terms, in order, deduplicated. */
  highlights: string[];
  ref: ParagraphRef;
  /** Line where the quote starts; `lines` also holds continuation lines after a page break. */
  line: number;
  lines: number[];
}

/** The source split into what the extractor reads: quote groups, table rows and prose. */
export interface ScannedDocument {
  groups: QuoteGroup[];
  quotes: ParsedQuote[];
  /** Tab-separated table lines. */
  rows: SourceLine[];
  /** Text lines that are neither quotes nor quote-group headings: titles, section headings, summary prose. */
  prose: SourceLine[];
}

const BULLET = /^\s*-\s+/;
/** A "(§22b)" citation closing an excerpt, maybe followed by a stray period. */
const CLOSING_CITATION = /\(\s*§\s*([^()]*?)\s*\)[\s.]*$/;
const OPENING_MARKS = ['“', '"'];
const CLOSING_MARKS = ['”', '"'];

export function splitLines(sourceText: string): SourceLine[] {
  return sourceText.split(/\r?\n/).map((text, index) => ({ number: index + 1, text }));
}

interface OpenQuote {
  group: QuoteGroup;
  parts: string[];
  lines: number[];
}

/**
 * Reads the document line by line. A bullet opens a quote that its "(§…)" citation closes;
 * a bullet left open continues on the next text line (a page break). The last text line
 * before a run of bullets is the heading of their quote group.
 */
export function scanDocument(lines: readonly SourceLine[], issues: IssueLog): ScannedDocument {
  const document: ScannedDocument = { groups: [], quotes: [], rows: [], prose: [] };
  let pendingText: SourceLine[] = [];
  let group: QuoteGroup | null = null;
  let open: OpenQuote | null = null;

  const abandonOpenQuote = () => {
    if (!open) return;
    issues.add('UNPARSED_LINE', `a bulleted excerpt has no closing "(§…)" citation and is not extracted`, open.lines);
    open = null;
  };
  const tryToClose = (quote: OpenQuote) => {
    const quoteOrNull = closeQuote(quote, issues);
    if (quoteOrNull === undefined) return;
    open = null;
    if (quoteOrNull) {
      quote.group.quotes.push(quoteOrNull);
      document.quotes.push(quoteOrNull);
    }
  };

  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (line.text.includes('\t')) {
      abandonOpenQuote();
      document.prose.push(...pendingText);
      pendingText = [];
      document.rows.push(line);
    } else if (BULLET.test(line.text)) {
      abandonOpenQuote();
      const heading = pendingText.pop();
      document.prose.push(...pendingText);
      pendingText = [];
      if (heading) {
        group = { heading: heading.text.trim(), line: heading.number, quotes: [] };
        document.groups.push(group);
      }
      if (!group) {
        issues.add('UNPARSED_LINE', 'a bulleted excerpt stands under no heading and is not extracted', [line.number]);
        continue;
      }
      const started: OpenQuote = { group, parts: [line.text.replace(BULLET, '')], lines: [line.number] };
      open = started;
      tryToClose(started);
    } else if (open) {
      const continued: OpenQuote = open;
      continued.parts.push(line.text.trim());
      continued.lines.push(line.number);
      tryToClose(continued);
    } else {
      pendingText.push(line);
    }
  }
  abandonOpenQuote();
  document.prose.push(...pendingText);
  return document;
}

/** undefined: not closed yet; null: closed but unusable (reported). */
function closeQuote(open: OpenQuote, issues: IssueLog): ParsedQuote | null | undefined {
  const joined = open.parts.join(' ').replace(/\s+/g, ' ').trim();
  const citation = CLOSING_CITATION.exec(joined);
  if (!citation) return undefined;
  const [line, ...continuation] = open.lines as [number, ...number[]];
  if (continuation.length > 0) {
    issues.add('PAGE_BREAK_JOIN', `quote §${citation[1]} continues after a page break; joined into one quote`, open.lines);
  }

  const rawRef = citation[1] ?? '';
  const ref = parseParagraphRef(rawRef);
  if (!ref) {
    issues.add('UNPARSED_LINE', `unparseable paragraph ref "§${rawRef}"; quote not extracted`, open.lines);
    return null;
  }
  const compactRef = rawRef.replace(/[§\s.]/g, '');
  if (REF_REPAIRS[compactRef]) {
    issues.add('REPAIRED_REF', `quote ref "§${rawRef}" read as §${ref.canonical}`, [line]);
  }

  // A period may stand between the closing quote mark and the citation: “...”. (§15j)
  const body = joined.slice(0, citation.index).trimEnd().replace(/([”"])\.$/, '$1');
  const marked = stripQuoteMarks(body, ref.canonical, open.lines, issues);
  if ((marked.match(/\*\*/g) ?? []).length % 2 !== 0) {
    issues.add('QUOTE_MARKS', `quote §${ref.canonical} has an unbalanced ** bold marker`, open.lines);
  }
  return {
    group: open.group,
    text: marked.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim(),
    highlights: highlightsOf(marked),
    ref,
    line,
    lines: open.lines,
  };
}

/**
 * Removes the quote marks around an excerpt. A closing mark is kept when it also closes
 * a quotation inside the excerpt (renamed “International Migration Review Forum.”).
 */
function stripQuoteMarks(body: string, ref: string, lines: number[], issues: IssueLog): string {
  let text = body;
  const opening = OPENING_MARKS.find((mark) => text.startsWith(mark)) ?? null;
  if (opening) text = text.slice(1);
  const closing = CLOSING_MARKS.find((mark) => text.endsWith(mark)) ?? null;
  if (closing) {
    const inner = text.slice(0, -1);
    const balanced =
      closing === '"' ? count(inner, '"') % 2 === 0 : count(inner, '“') === count(inner, '”');
    if (balanced) text = inner;
  }
  if (!opening) issues.add('QUOTE_MARKS', `quote §${ref} lacks its opening quote mark`, lines);
  if (!closing) issues.add('QUOTE_MARKS', `quote §${ref} lacks its closing quote mark`, lines);
  if (opening && closing && OPENING_MARKS.indexOf(opening) !== CLOSING_MARKS.indexOf(closing)) {
    issues.add('QUOTE_MARKS', `quote §${ref} opens with ${opening} but closes with ${closing}`, lines);
  }
  return text.trim();
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

function highlightsOf(marked: string): string[] {
  const terms = [...marked.matchAll(/\*\*(.+?)\*\*/g)].map((match) =>
    (match[1] ?? '').replace(/^[\s.…]+/, '').replace(/[\s.…;:,]+$/, ''),
  );
  return [...new Set(terms.filter((term) => term.length > 0))];
}

/**
 * The quote-loss guard's first count, made without the scanner: every "(§…)" citation that
 * closes an excerpt, i.e. follows a closing quote mark or an ellipsis at the end of a line.
 */
export function countQuoteCitations(sourceText: string): number {
  return (sourceText.match(/(?:[”"]|\.\.\.|…)[\s.]*\(\s*§[^()]*\)[ \t.]*$/gm) ?? []).length;
}

/** The quote-loss guard's second count: bulleted lines. */
export function countBullets(sourceText: string): number {
  return (sourceText.match(/^[ \t]*- /gm) ?? []).length;
}
