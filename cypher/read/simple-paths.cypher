// Template: {{fromLabel}} and {{toLabel}} are node labels from the model's whitelist, {{maxHops}} an
// integer checked against its range (at most MAX_SIMPLE_PATH_HOPS); a path-length bound and the number
// of groups cannot be parameters. cypherTemplate() in src/store/neo4j/cypher.ts fills them.
// Simple paths (no node twice) of 1 to {{maxHops}} relationships from the source to the target through
// relationships of $types whose nodes between the ends are of $kinds, as distinct node sequences (of
// parallel relationships, the type that sorts first), the first $first by length, then node-id sequence.
// SHORTEST {{maxHops}} GROUPS holds every trail of each length up to {{maxHops}}: the planner searches
// from both ends toward each other instead of walking every trail out of the source.
CALL () {
  MATCH (source:{{fromLabel}} {key: $fromKey})
  MATCH (target:{{toLabel}} {key: $toKey})
  MATCH path = SHORTEST {{maxHops}} GROUPS (source) ((a)-[r]-(b) WHERE type(r) IN $types AND (b = target OR labels(b)[0] IN $kinds)){1,{{maxHops}}} (target)
  WHERE all(i IN range(1, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[0..i])
  WITH length(path) AS hops, [n IN nodes(path) | labels(n)[0] + ':' + n.key] AS ids, [r IN relationships(path) | type(r)] AS types, path
  WITH hops, ids, min(types) AS firstTypes, collect({types: types, path: path}) AS candidates
  ORDER BY hops, ids
  LIMIT $first
  WITH [candidate IN candidates WHERE candidate.types = firstTypes][0].path AS path
  RETURN collect({
    nodes: [n IN nodes(path) | {label: labels(n)[0], properties: n {.*, searchText: null}}],
    relationships: [r IN relationships(path) | {
      type: type(r),
      fromLabel: labels(startNode(r))[0],
      fromKey: startNode(r).key,
      toLabel: labels(endNode(r))[0],
      toKey: endNode(r).key
    }]
  }) AS paths
}
RETURN EXISTS { MATCH (:{{fromLabel}} {key: $fromKey}) } AND EXISTS { MATCH (:{{toLabel}} {key: $toKey}) } AS found, paths
