// For each actor key, its links to objectives by objective number (see ObjectiveLink in src/store/graph-store.ts):
// QUOTED through a quote filed under or naming the actor, SUMMARY through the summary, ENTRY_POINT through an entry point.
UNWIND $actorKeys AS actorKey
MATCH (a:Actor {key: actorKey})
CALL (a) {
  MATCH (a)<-[:FILED_UNDER|NAMES]-(:Quote)-[:QUOTES]->(:Paragraph)-[:IN_OBJECTIVE]->(o:Objective)
  RETURN DISTINCT o, 'QUOTED' AS basis
  UNION
  MATCH (a)-[:SUMMARY_LISTS]->(o:Objective)
  RETURN o, 'SUMMARY' AS basis
  UNION
  MATCH (a)<-[:ENGAGES]-(:EntryPoint)-[:FOR_OBJECTIVE]->(o:Objective)
  RETURN DISTINCT o, 'ENTRY_POINT' AS basis
}
WITH actorKey, a, o, collect(basis) AS bases
WITH actorKey, o, {
  actor: properties(a),
  objective: properties(o),
  basis: [basis IN ['QUOTED', 'SUMMARY', 'ENTRY_POINT'] WHERE basis IN bases],
  paragraphs: COLLECT {
    MATCH (a)<-[:FILED_UNDER|NAMES]-(:Quote)-[:QUOTES]->(p:Paragraph)-[:IN_OBJECTIVE]->(o)
    WITH DISTINCT p
    ORDER BY p.order, p.key
    RETURN properties(p)
  },
  quotes: COLLECT {
    MATCH (a)<-[:FILED_UNDER|NAMES]-(q:Quote)-[:QUOTES]->(:Paragraph)-[:IN_OBJECTIVE]->(o)
    WITH DISTINCT q
    ORDER BY q.sourceLine, q.key
    RETURN properties(q)
  }
} AS link
ORDER BY o.number, o.key
RETURN actorKey, collect(link) AS links
