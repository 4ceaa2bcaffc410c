// For each actor key, its links to objectives by objective number (ObjectiveLink in src/store/graph-store.ts),
// read from the LINKED_TO relationships the seed derives (src/graph/links.ts): the basis, the keys of the
// paragraphs (none unless $withParagraphs) and of the first $quotesPerLink quotes, sliced from the link's
// key lists, so the work per link is bounded by the page, not by how many quotes the actor has.
// The quotes and paragraphs come once each, beside the rows (a quote naming three actors of the page
// is sent once, not three times); the store puts them into the links by key.
UNWIND $actorKeys AS actorKey
MATCH (a:Actor {key: actorKey})
CALL (a) {
  OPTIONAL MATCH (a)-[l:LINKED_TO]->(o:Objective)
  WITH l, o
  ORDER BY o.number, o.key
  RETURN collect(CASE WHEN l IS NOT NULL THEN {
    objective: {{> node var=o}},
    basis: l.basis,
    paragraphKeys: CASE WHEN $withParagraphs THEN l.paragraphKeys ELSE [] END,
    quoteKeys: l.quoteKeys[0..$quotesPerLink],
    quoteCount: size(l.quoteKeys)
  } END) AS links
}
WITH collect({key: actorKey, actor: {{> node var=a}}, links: links}) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.links AS link
  UNWIND link.quoteKeys AS quoteKey
  WITH DISTINCT quoteKey
  MATCH (q:Quote {key: quoteKey})
  RETURN collect({{> node var=q}}) AS quotes
}
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.links AS link
  UNWIND link.paragraphKeys AS paragraphKey
  WITH DISTINCT paragraphKey
  MATCH (p:Paragraph {key: paragraphKey})
  RETURN collect({{> node var=p}}) AS paragraphs
}
RETURN rows, quotes, paragraphs
