// For each actor key, its links to objectives by objective number (ObjectiveLink in src/store/graph-store.ts):
// QUOTED through a quote filed under or naming the actor, from a paragraph of the objective (with those
// paragraphs unless $withParagraphs is false, and quotes: the first $quotesPerLink of them, and how many);
// SUMMARY through the source's summary; ENTRY_POINT through an entry point.
UNWIND $actorKeys AS actorKey
MATCH (a:Actor {key: actorKey})
CALL (a) {
  MATCH (a)<-[:FILED_UNDER|NAMES]-(q:Quote)-[:QUOTES]->(p:Paragraph)-[:IN_OBJECTIVE]->(o:Objective)
  RETURN o, 'QUOTED' AS basis, p, q
  UNION ALL
  MATCH (a)-[:SUMMARY_LISTS]->(o:Objective)
  RETURN o, 'SUMMARY' AS basis, null AS p, null AS q
  UNION ALL
  MATCH (a)<-[:ENGAGES]-(:EntryPoint)-[:FOR_OBJECTIVE]->(o:Objective)
  RETURN o, 'ENTRY_POINT' AS basis, null AS p, null AS q
}
WITH actorKey, a, o, collect(DISTINCT basis) AS bases, collect(DISTINCT p) AS paragraphs, collect(DISTINCT q) AS quotes
WITH actorKey, a, o, {
  objective: o {.*, searchText: null},
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
ORDER BY o.number, o.key
// The actor once per row, not once per link: the store puts it into each link.
RETURN actorKey, a {.*, searchText: null} AS actor, collect(link) AS links
