// RELATIONS.actorReferencePhrases in src/store/graph-store.ts: for each Actor key, one page of its ReferencePhrase nodes by sourceLine, then key.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
CALL (n) {
  MATCH (n)<-[:REFERS_TO]-(m:ReferencePhrase)
  WITH m
  ORDER BY m.sourceLine, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)<-[:REFERS_TO]-(m:ReferencePhrase) } AS totalCount
