// RELATIONS.referencePhraseActors in src/store/graph-store.ts: for each ReferencePhrase key, one page of its Actor nodes by name, then key.
UNWIND $keys AS key
MATCH (n:ReferencePhrase {key: key})
CALL (n) {
  MATCH (n)-[:REFERS_TO]->(m:Actor)
  WITH m
  ORDER BY m.name, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)-[:REFERS_TO]->(m:Actor) } AS totalCount
