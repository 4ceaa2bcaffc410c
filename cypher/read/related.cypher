// Template, filled once per relation of RELATIONS in src/graph/catalogue.ts ({{from}}, {{pattern}}, {{to}},
// {{orderBy}}): for each key of a {{from}} node, one page of its related nodes, and how many there are.
UNWIND $keys AS key
MATCH (n:{{from}} {key: key})
CALL (n) {
  {{> related-of-node}}
  SKIP $offset
  LIMIT $limit
  RETURN collect({{> node var=m}}) AS rows
}
RETURN key, rows, COUNT { MATCH (n){{pattern}}(m:{{to}}) RETURN DISTINCT m } AS totalCount
