// One tokenizer for the full-text index and for queries, so that Neo4j matches the words the memory
// store's MiniSearch matches: MiniSearch splits on spaces and punctuation and lower-cases, while
// Lucene's standard tokenizer keeps "IOM's" whole. Splitting the same way on both sides makes a search
// for "iom" find "IOM's International Dialogue" in both stores.

/** MiniSearch's default tokenizer: split on spaces and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case words of letters and digits only. Joined by spaces they hold no Lucene syntax at all:
 * no special character, and no AND / OR / NOT, since an operator must be upper case.
 */
export function searchTerms(text: string): string[] {
  return text
    .split(SPACE_OR_PUNCTUATION)
    .map((term) => term.toLowerCase().replace(NOT_LETTER_OR_DIGIT, ''))
    .filter((term) => term.length > 0);
}

/** A user's query as a Lucene query of plain words, any of which may match (as in the memory store). */
export function luceneQuery(query: string): string {
  return searchTerms(query).join(' ');
}
