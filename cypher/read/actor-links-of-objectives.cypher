// For each objective number, its links to actors by actor name, then key: the links of
// objective-links-of-actors.cypher seen from the other end.
UNWIND $objectiveNumbers AS objectiveNumber
MATCH (o:Objective {key: toString(objectiveNumber)})
CALL (o) {
  MATCH (a:Actor)<-[:FILED_UNDER|NAMES]-(:Quote)-[:QUOTES]->(:Paragraph)-[:IN_OBJECTIVE]->(o)
  RETURN DISTINCT a, 'QUOTED' AS basis
  UNION
  MATCH (a:Actor)-[:SUMMARY_LISTS]->(o)
  RETURN a, 'SUMMARY' AS basis
  UNION
  MATCH (a:Actor)<-[:ENGAGES]-(:EntryPoint)-[:FOR_OBJECTIVE]->(o)
  RETURN DISTINCT a, 'ENTRY_POINT' AS basis
}
WITH objectiveNumber, o, a, collect(basis) AS bases
WITH objectiveNumber, a, {
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
ORDER BY a.name, a.key
RETURN objectiveNumber, collect(link) AS links
