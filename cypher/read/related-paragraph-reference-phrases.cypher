// RELATIONS.paragraphReferencePhrases in src/store/graph-store.ts: for each Paragraph key, one page of its ReferencePhrase nodes by sourceLine, then key.
UNWIND $keys AS key
MATCH (n:Paragraph {key: key})
CALL (n) {
  MATCH (n)<-[:APPEARS_IN]-(m:ReferencePhrase)
  WITH m
  ORDER BY m.sourceLine, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)<-[:APPEARS_IN]-(m:ReferencePhrase) } AS totalCount
