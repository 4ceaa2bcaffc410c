// The actor × objective coverage matrix, one row per non-empty cell: how each actor reaches each
// objective (QUOTED: a quote filed under or naming the actor is from a paragraph of the objective;
// SUMMARY: the source's summary lists it; ENTRY_POINT: an ISCM entry point) and through how many paragraphs.
// Parameters, to paste into Neo4j Browser before running ($categories null: every actor):
// :params {categories: ['NON_STATE', 'ISCM']}
// The API's answer: { coverage(categories: [NON_STATE, ISCM]) { cells { actor { key } objective { number } paragraphCount basis } } }
MATCH (actor:Actor)
WHERE $categories IS NULL OR actor.category IN $categories
CALL (actor) {
  MATCH (actor)<-[:FILED_UNDER|NAMES]-(:Quote)-[:QUOTES]->(p:Paragraph)-[:IN_OBJECTIVE]->(o:Objective)
  RETURN o, 'QUOTED' AS basis, p
  UNION ALL
  MATCH (actor)-[:SUMMARY_LISTS]->(o:Objective)
  RETURN o, 'SUMMARY' AS basis, null AS p
  UNION ALL
  MATCH (actor)<-[:ENGAGES]-(:EntryPoint)-[:FOR_OBJECTIVE]->(o:Objective)
  RETURN o, 'ENTRY_POINT' AS basis, null AS p
}
WITH actor, o, collect(DISTINCT basis) AS bases, count(DISTINCT p) AS paragraphs
RETURN actor.key AS key, actor.name AS actor, o.number AS objective, paragraphs,
  [basis IN ['QUOTED', 'SUMMARY', 'ENTRY_POINT'] WHERE basis IN bases] AS basis
ORDER BY actor, key, objective
