// Template: {{fromLabel}} and {{toLabel}} are node labels from the model's whitelist, {{maxHops}} an
// integer checked against its range; a path-length bound cannot be a parameter. cypherTemplate() in
// src/store/neo4j/cypher.ts fills them; every other value is a parameter.
// Every shortest path from the source to the target through relationships of $types whose nodes
// between the ends are of $kinds, as distinct node sequences (of parallel relationships, the type
// that sorts first), the first $first by node-id sequence: the memory store's order. A node's path
// to itself is that node alone. `found` is false when an end is unknown.
// allShortestPaths, whose bidirectional search checks both predicates as it expands (the plan's
// ShortestPath operator lists them; docs/performance.md compares it with ALL SHORTEST). Its ends must
// differ, hence the branch for a node's path to itself.
CALL () {
  MATCH (source:{{fromLabel}} {key: $fromKey})
  MATCH (target:{{toLabel}} {key: $toKey})
  CALL (source, target) {
    WITH source, target
    WHERE source = target
    RETURN [labels(source)[0] + ':' + source.key] AS ids, [source] AS pathNodes, [] AS pathRelationships
    UNION
    WITH source, target
    WHERE source <> target
    MATCH path = allShortestPaths((source)-[steps*1..{{maxHops}}]-(target))
    WHERE all(r IN steps WHERE type(r) IN $types) AND all(n IN nodes(path) WHERE n = source OR n = target OR labels(n)[0] IN $kinds)
    WITH path, [n IN nodes(path) | labels(n)[0] + ':' + n.key] AS ids, [r IN relationships(path) | type(r)] AS types
    WITH ids, min(types) AS firstTypes, collect({types: types, path: path}) AS candidates
    WITH ids, [candidate IN candidates WHERE candidate.types = firstTypes][0].path AS path
    RETURN ids, nodes(path) AS pathNodes, relationships(path) AS pathRelationships
  }
  WITH ids, pathNodes, pathRelationships
  ORDER BY ids
  LIMIT $first
  RETURN collect({
    nodes: [n IN pathNodes | {label: labels(n)[0], properties: {{> node var=n}}}],
    relationships: [r IN pathRelationships | {
      type: type(r),
      fromLabel: labels(startNode(r))[0],
      fromKey: startNode(r).key,
      toLabel: labels(endNode(r))[0],
      toKey: endNode(r).key
    }]
  }) AS paths
}
RETURN EXISTS { MATCH (:{{fromLabel}} {key: $fromKey}) } AND EXISTS { MATCH (:{{toLabel}} {key: $toKey}) } AS found, paths
