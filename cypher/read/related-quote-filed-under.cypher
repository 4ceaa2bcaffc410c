// RELATIONS.quoteFiledUnder in src/store/graph-store.ts: for each Quote key, the Actor whose heading it is listed under (one).
UNWIND $keys AS key
MATCH (n:Quote {key: key})
CALL (n) {
  MATCH (n)-[:FILED_UNDER]->(m:Actor)
  WITH DISTINCT m
  ORDER BY m.name, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)-[:FILED_UNDER]->(m:Actor) RETURN DISTINCT m } AS totalCount
