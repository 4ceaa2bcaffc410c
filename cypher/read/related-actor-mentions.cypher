// RELATIONS.actorMentions in src/store/graph-store.ts: for each Actor key, one page of its Quote nodes by sourceLine, then key.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
CALL (n) {
  MATCH (n)<-[:FILED_UNDER|NAMES]-(m:Quote)
  WITH DISTINCT m
  ORDER BY m.sourceLine, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)<-[:FILED_UNDER|NAMES]-(m:Quote) RETURN DISTINCT m } AS totalCount
