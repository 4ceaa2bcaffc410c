// Two actors side by side: for each objective either reaches, whether it is shared or only one's, with
// the paragraphs behind each side (the same three bases as the coverage matrix).
// Parameters, to paste into Neo4j Browser before running:
// :params {a: 'trade-unions', b: 'private-sector'}
// The API's answer: { compareActors(a: "trade-unions", b: "private-sector") { shared { objective { number } } onlyA { objective { number } } onlyB { objective { number } } } }
UNWIND [$a, $b] AS key
MATCH (actor:Actor {key: key})
CALL (actor) {
  MATCH (actor)<-[:FILED_UNDER|NAMES]-(:Quote)-[:QUOTES]->(p:Paragraph)-[:IN_OBJECTIVE]->(o:Objective)
  RETURN o, p
  UNION ALL
  MATCH (actor)-[:SUMMARY_LISTS]->(o:Objective)
  RETURN o, null AS p
  UNION ALL
  MATCH (actor)<-[:ENGAGES]-(:EntryPoint)-[:FOR_OBJECTIVE]->(o:Objective)
  RETURN o, null AS p
}
WITH o, key, collect(DISTINCT p.key) AS paragraphs
ORDER BY key
WITH o, collect({actor: key, paragraphs: paragraphs}) AS sides
RETURN o.number AS objective, CASE size(sides) WHEN 2 THEN 'shared' ELSE 'only ' + sides[0].actor END AS reach, sides
ORDER BY objective
