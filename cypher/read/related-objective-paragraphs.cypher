// RELATIONS.objectiveParagraphs in src/store/graph-store.ts: for each Objective key, one page of its Paragraph nodes by order, then key.
UNWIND $keys AS key
MATCH (n:Objective {key: key})
CALL (n) {
  MATCH (n)<-[:IN_OBJECTIVE]-(m:Paragraph)
  WITH m
  ORDER BY m.order, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)<-[:IN_OBJECTIVE]-(m:Paragraph) } AS totalCount
