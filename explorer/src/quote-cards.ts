// One card per excerpt: the source often quotes one sentence under several actors' headings, each
// time with that heading's terms in bold and sometimes cut shorter ("…"). Pure: unit-tested in node.
import type { QuoteText } from './api.ts';

export interface QuoteCard {
  /** The fullest of the excerpts merged into this card; the others are part of it. */
  text: string;
  paragraph: QuoteText['paragraph'];
  /** Every bold term of the merged excerpts. */
  highlights: string[];
  /** The actors whose headings quote it, in the order of the quotes. */
  headings: QuoteText['filedUnder'][];
}

/** The words of an excerpt without the ellipses and punctuation that cut it, for comparing excerpts. */
function wordsOf(text: string): string {
  return text
    .replace(/^[\s.…]+|[\s.…,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * One card per sentence of a paragraph: quotes of one paragraph where one excerpt contains the other
 * become one card showing the fuller excerpt, with every heading that quotes it and every bold term.
 * Cards keep the order of their first quote.
 */
export function quoteCards(quotes: readonly QuoteText[]): QuoteCard[] {
  const fullestFirst = quotes.map((quote, order) => ({ quote, order, words: wordsOf(quote.text) })).sort((a, b) => b.words.length - a.words.length || a.order - b.order);
  const cards: { text: string; paragraph: QuoteText['paragraph']; words: string; quotes: { quote: QuoteText; order: number }[] }[] = [];
  for (const { quote, order, words } of fullestFirst) {
    const card = cards.find((candidate) => candidate.paragraph.ref === quote.paragraph.ref && candidate.words.includes(words));
    if (card) card.quotes.push({ quote, order });
    else cards.push({ text: quote.text, paragraph: quote.paragraph, words, quotes: [{ quote, order }] });
  }
  return cards
    .map((card) => ({ card, first: Math.min(...card.quotes.map((entry) => entry.order)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ card }) => {
      const merged = card.quotes.sort((a, b) => a.order - b.order).map((entry) => entry.quote);
      return {
        text: card.text,
        paragraph: card.paragraph,
        highlights: [...new Set(merged.flatMap((quote) => quote.highlights))],
        headings: [...new Map(merged.map((quote) => [quote.filedUnder.id, quote.filedUnder])).values()],
      };
    });
}
