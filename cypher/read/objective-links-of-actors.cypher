// For each actor key, its links to objectives by objective number (ObjectiveLink in src/store/graph-store.ts),
// read from the LINKED_TO relationships the seed derives (src/graph/links.ts): the basis, the paragraphs
// (unless $withParagraphs is false) and the first $quotesPerLink quotes, sliced from the link's key lists,
// so the work per link is bounded by the page, not by how many quotes the actor has.
UNWIND $actorKeys AS actorKey
MATCH (a:Actor {key: actorKey})
CALL (a) {
  MATCH (a)-[l:LINKED_TO]->(o:Objective)
  WITH l, o
  ORDER BY o.number, o.key
  RETURN collect({
    objective: o {.*, searchText: null},
    basis: l.basis,
    paragraphs: COLLECT {
      UNWIND CASE WHEN $withParagraphs THEN l.paragraphKeys ELSE [] END AS paragraphKey
      MATCH (p:Paragraph {key: paragraphKey})
      WITH p
      ORDER BY p.order, p.key
      RETURN p {.*, searchText: null}
    },
    quotes: COLLECT {
      UNWIND l.quoteKeys[0..$quotesPerLink] AS quoteKey
      MATCH (q:Quote {key: quoteKey})
      WITH q
      ORDER BY q.sourceLine, q.key
      RETURN q {.*, searchText: null}
    },
    quoteCount: size(l.quoteKeys)
  }) AS links
}
// The actor once per row, not once per link: the store puts it into each link.
RETURN actorKey, a {.*, searchText: null} AS actor, links
