// RELATIONS.objectiveEntryPoints in src/store/graph-store.ts: for each Objective key, one page of its EntryPoint nodes by sourceLine, then key.
UNWIND $keys AS key
MATCH (n:Objective {key: key})
CALL (n) {
  MATCH (n)<-[:FOR_OBJECTIVE]-(m:EntryPoint)
  WITH m
  ORDER BY m.sourceLine, m.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(m {.*, searchText: null}) AS rows
}
RETURN key, rows, COUNT { MATCH (n)<-[:FOR_OBJECTIVE]-(m:EntryPoint) } AS totalCount
