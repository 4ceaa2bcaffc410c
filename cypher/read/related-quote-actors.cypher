// RELATIONS.quoteActors in src/store/graph-store.ts: for each Quote key, one page of its Actor nodes by name, then key.
UNWIND $keys AS key
MATCH (n:Quote {key: key})
CALL (n) {
  MATCH (n)-[:FILED_UNDER|NAMES]->(m:Actor)
  WITH DISTINCT m
  ORDER BY m.name, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)-[:FILED_UNDER|NAMES]->(m:Actor) RETURN DISTINCT m } AS totalCount
