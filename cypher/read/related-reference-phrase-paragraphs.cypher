// RELATIONS.referencePhraseParagraphs in src/store/graph-store.ts: for each ReferencePhrase key, one page of its Paragraph nodes by order, then key.
UNWIND $keys AS key
MATCH (n:ReferencePhrase {key: key})
CALL (n) {
  MATCH (n)-[:APPEARS_IN]->(m:Paragraph)
  WITH m
  ORDER BY m.order, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)-[:APPEARS_IN]->(m:Paragraph) } AS totalCount
