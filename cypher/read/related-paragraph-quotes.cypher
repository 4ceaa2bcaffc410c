// RELATIONS.paragraphQuotes in src/store/graph-store.ts: for each Paragraph key, one page of its Quote nodes by sourceLine, then key.
UNWIND $keys AS key
MATCH (n:Paragraph {key: key})
CALL (n) {
  MATCH (n)<-[:QUOTES]-(m:Quote)
  WITH m
  ORDER BY m.sourceLine, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)<-[:QUOTES]-(m:Quote) } AS totalCount
