// For each objective number, its links to actors by actor name, then key: the links of
// objective-links-of-actors.cypher seen from the other end.
UNWIND $objectiveNumbers AS objectiveNumber
MATCH (o:Objective {key: toString(objectiveNumber)})
CALL (o) {
  MATCH (o)<-[:IN_OBJECTIVE]-(p:Paragraph)<-[:QUOTES]-(q:Quote)-[:FILED_UNDER|NAMES]->(a:Actor)
  RETURN a, 'QUOTED' AS basis, p, q
  UNION ALL
  MATCH (o)<-[:SUMMARY_LISTS]-(a:Actor)
  RETURN a, 'SUMMARY' AS basis, null AS p, null AS q
  UNION ALL
  MATCH (o)<-[:FOR_OBJECTIVE]-(:EntryPoint)-[:ENGAGES]->(a:Actor)
  RETURN a, 'ENTRY_POINT' AS basis, null AS p, null AS q
}
WITH objectiveNumber, o, a, collect(DISTINCT basis) AS bases, collect(DISTINCT p) AS paragraphs, collect(DISTINCT q) AS quotes
WITH objectiveNumber, o, a, {
  actor: a {.*, searchText: null},
  basis: [basis IN ['QUOTED', 'SUMMARY', 'ENTRY_POINT'] WHERE basis IN bases],
  paragraphs: COLLECT {
    UNWIND CASE WHEN $withParagraphs THEN paragraphs ELSE [] END AS p
    WITH p
    ORDER BY p.order, p.key
    RETURN p {.*, searchText: null}
  },
  quotes: COLLECT {
    UNWIND quotes AS q
    WITH q
    ORDER BY q.sourceLine, q.key
    LIMIT $quotesPerLink
    RETURN q {.*, searchText: null}
  },
  quoteCount: size(quotes)
} AS link
ORDER BY a.name, a.key
// The objective once per row, not once per link: the store puts it into each link.
RETURN objectiveNumber, o {.*, searchText: null} AS objective, collect(link) AS links
