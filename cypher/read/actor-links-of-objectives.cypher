// For each objective number, its links to actors by actor name, then key: the LINKED_TO relationships of
// objective-links-of-actors.cypher seen from the other end.
UNWIND $objectiveNumbers AS objectiveNumber
MATCH (o:Objective {key: toString(objectiveNumber)})
CALL (o) {
  MATCH (o)<-[l:LINKED_TO]-(a:Actor)
  WITH l, a
  ORDER BY a.name, a.key
  RETURN collect({
    actor: a {.*, searchText: null},
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
// The objective once per row, not once per link: the store puts it into each link.
RETURN objectiveNumber, o {.*, searchText: null} AS objective, links
