/**
 * Characters that never show (soft hyphen, zero-width space and joiners, direction marks, BOM,
 * variation selectors): a word pasted with one inside is still that word.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
/**
 * A word: letters and decimal digits, each with the marks that follow it. Anything else separates
 * words (punctuation, symbols, controls, NUL, lone surrogates); a mark with no letter before it is dropped.
 */
const WORD = /(?:[\p{L}\p{Nd}]\p{M}*)+/gu;
/** No word of the graph's text is this long; Lucene would cut a longer one into pieces of 255. */
const MAX_WORD_LENGTH = 100;

/**
 * The words of a text as both stores index and search them: NFKC (compatibility forms such as
 * full-width letters, ligatures and superscripts become plain ones), lower case, split into words.
 * The memory store's MiniSearch and Neo4j's full-text index (whitespace analyzer) receive exactly
 * these words, for the indexed text and for a query alike, so both find the same nodes.
 */
export function searchWords(text: string): string[] {
  const words = text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').match(WORD) ?? [];
  return words.filter((word) => word.length <= MAX_WORD_LENGTH);
}

/**
 * A user's query as the words both stores search for: its searchWords, each once (a repeated word
 * finds nothing more, and Lucene refuses a query of over 1024 words).
 */
export function searchQueryWords(query: string): string[] {
  return [...new Set(searchWords(query))];
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

const SNIPPET_RADIUS = 80;

/**
 * A window of `text` around the first word of the query (searchQueryWords) it contains, with every
 * query word wrapped in ** as the source marks its key terms.
 */
export function snippetOf(text: string, words: readonly string[]): string {
  if (words.length === 0) return truncate(text, SNIPPET_RADIUS * 2);
  const pattern = new RegExp(`\\b(${words.map(escapeRegExp).join('|')})\\b`, 'giu');
  const first = text.search(pattern);
  const start = first < 0 ? 0 : Math.max(0, first - SNIPPET_RADIUS);
  const end = Math.min(text.length, (first < 0 ? 0 : first) + SNIPPET_RADIUS);
  const window = text.slice(start, end).replace(pattern, '**$1**');
  return `${start > 0 ? '…' : ''}${window}${end < text.length ? '…' : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
