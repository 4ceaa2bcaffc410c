// One actor–objective link l to its other end m (ObjectiveLink in src/store/graph-store.ts): the basis, the
// keys of its paragraphs (none unless $withParagraphs) and of its first $quotesPerLink quotes, sliced from
// the link's key lists so the work per link is bounded by the page, not by how many quotes it has. The
// quotes and paragraphs themselves come once each, beside the rows (nodes-of-links.cypher).
{
  end: {{> node var=m}},
  basis: l.basis,
  paragraphKeys: CASE WHEN $withParagraphs THEN l.paragraphKeys ELSE [] END,
  quoteKeys: l.quoteKeys[0..$quotesPerLink],
  quoteCount: size(l.quoteKeys)
}
