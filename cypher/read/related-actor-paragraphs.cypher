// RELATIONS.actorParagraphs in src/store/graph-store.ts: for each Actor key, one page of its Paragraph nodes by order, then key.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
CALL (n) {
  MATCH (n)<-[:MENTIONS]-(m:Paragraph)
  WITH m
  ORDER BY m.order, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)<-[:MENTIONS]-(m:Paragraph) } AS totalCount
