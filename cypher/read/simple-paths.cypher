// Template: {{fromLabel}} and {{toLabel}} are node labels from the model's whitelist, {{maxHops}} an
// integer checked against its range (at most MAX_SIMPLE_PATH_HOPS); a path-length bound and the number
// of groups cannot be parameters. cypherTemplate() in src/store/neo4j/cypher.ts fills them.
// Simple paths (no node twice) of 1 to {{maxHops}} relationships from the source to the target through
// relationships of $types whose nodes between the ends are of $kinds, as distinct node sequences (of
// parallel relationships, the type that sorts first), the first $first by length, then node-id sequence.
// SHORTEST {{maxHops}} GROUPS holds every trail of each length up to {{maxHops}}: the planner searches
// from both ends toward each other instead of walking every trail out of the source.
// The work is bounded: the search yields its trails shortest first and stops after $maxCandidates + 1.
// Past the bound the longest length seen may be incomplete, so only shorter ones are answered from;
// `exhausted` says that they hold fewer than $first paths and the answer would need more work.
CALL () {
  MATCH (source:{{fromLabel}} {key: $fromKey})
  MATCH (target:{{toLabel}} {key: $toKey})
  MATCH path = SHORTEST {{maxHops}} GROUPS (source) ((a)-[r]-(b) WHERE type(r) IN $types AND (b = target OR labels(b)[0] IN $kinds)){1,{{maxHops}}} (target)
  WITH path
  LIMIT $maxCandidates + 1
  RETURN collect(path) AS trails
}
WITH trails, size(trails) > $maxCandidates AS cut
WITH trails, cut, CASE WHEN cut THEN reduce(longest = 0, trail IN trails | CASE WHEN length(trail) > longest THEN length(trail) ELSE longest END) ELSE {{maxHops}} + 1 END AS partialLength
CALL (trails, partialLength) {
  UNWIND trails AS path
  WITH path
  WHERE length(path) < partialLength AND all(i IN range(1, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[0..i])
  WITH length(path) AS hops, [n IN nodes(path) | labels(n)[0] + ':' + n.key] AS ids, [r IN relationships(path) | type(r)] AS types, path
  WITH hops, ids, min(types) AS firstTypes, collect({types: types, path: path}) AS candidates
  ORDER BY hops, ids
  LIMIT $first
  WITH [candidate IN candidates WHERE candidate.types = firstTypes][0].path AS path
  RETURN collect({
    nodes: [n IN nodes(path) | {label: labels(n)[0], properties: {{> node var=n}}}],
    relationships: [r IN relationships(path) | {
      type: type(r),
      fromLabel: labels(startNode(r))[0],
      fromKey: startNode(r).key,
      toLabel: labels(endNode(r))[0],
      toKey: endNode(r).key
    }]
  }) AS paths
}
RETURN EXISTS { MATCH (:{{fromLabel}} {key: $fromKey}) } AND EXISTS { MATCH (:{{toLabel}} {key: $toKey}) } AS found, paths, cut AND size(paths) < $first AS exhausted
