// Splits text into plain and marked runs, for <mark> without innerHTML. Pure: unit-tested in node.

export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Marks every occurrence of each term (case-insensitive; longer terms win where two overlap),
 * as the source set them in bold.
 */
export function markTerms(text: string, terms: readonly string[]): TextRun[] {
  const wanted = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu');
  return runsOf(text, pattern);
}

/** Reads a search snippet, where the server wraps matching words in **, into runs. */
export function snippetRuns(snippet: string): TextRun[] {
  const runs: TextRun[] = [];
  snippet.split('**').forEach((text, i) => {
    if (text) runs.push({ text, marked: i % 2 === 1 });
  });
  return runs;
}

function runsOf(text: string, pattern: RegExp): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), marked: false });
    runs.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), marked: false });
  return runs;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
