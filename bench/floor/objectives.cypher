// Floor (d): every objective with the number of actors linked to it (quotes, summary, entry points).
MATCH (o:Objective)
OPTIONAL CALL (o) {
  MATCH (o)<-[:IN_OBJECTIVE]-(:Paragraph)<-[:QUOTES]-(:Quote)-[:FILED_UNDER|NAMES]->(a:Actor)
  RETURN a
  UNION
  MATCH (o)<-[:SUMMARY_LISTS]-(a:Actor)
  RETURN a
  UNION
  MATCH (o)<-[:FOR_OBJECTIVE]-(:EntryPoint)-[:ENGAGES]->(a:Actor)
  RETURN a
}
WITH o, count(a) AS actorCount
ORDER BY o.number
RETURN collect({number: o.number, title: o.title, actors: {totalCount: actorCount}}) AS objectives
