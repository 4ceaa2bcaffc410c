// RELATIONS.paragraphActors in src/store/graph-store.ts: for each Paragraph key, one page of its Actor nodes by name, then key.
UNWIND $keys AS key
MATCH (n:Paragraph {key: key})
CALL (n) {
  MATCH (n)-[:MENTIONS]->(m:Actor)
  WITH m
  ORDER BY m.name, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)-[:MENTIONS]->(m:Actor) } AS totalCount
