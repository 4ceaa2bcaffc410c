// Floor (d) for the flagship: the whole answer in one statement, already in our API's JSON shape.
MATCH (a:Actor)
WITH a
ORDER BY a.name, a.key
LIMIT $first
CALL (a) {
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
  WITH o, basis, p, q
  ORDER BY o.number, p.order, q.sourceLine, q.key
  WITH o,
    collect(DISTINCT basis) AS bases,
    collect(DISTINCT {ref: p.key}) AS paragraphs,
    collect(DISTINCT CASE WHEN q IS NOT NULL THEN {key: q.key, text: q.text, paragraph: {ref: p.key, section: p.section}} END) AS quotes
  RETURN collect({
    basis: [basis IN ['QUOTED', 'SUMMARY', 'ENTRY_POINT'] WHERE basis IN bases],
    paragraphs: [paragraph IN paragraphs WHERE paragraph.ref IS NOT NULL],
    node: {number: o.number, title: o.title},
    quotes: quotes
  }) AS edges
}
RETURN {edges: collect({node: {key: a.key, objectives: {edges: edges}}})} AS actors
