// Template: {{fromLabel}} and {{toLabel}} are node labels from the model's whitelist, {{maxHops}} an
// integer checked against its range; a path-length bound cannot be a parameter. cypherTemplate() in
// src/store/neo4j/cypher.ts fills them; every other value is a parameter.
// Among the shortest paths, the one whose node ids sort first, then whose relationship types sort
// first: the tie-break of the memory store. A node's path to itself is that node alone.
MATCH (source:{{fromLabel}} {key: $fromKey})
MATCH (target:{{toLabel}} {key: $toKey})
CALL (source, target) {
  WITH source, target
  WHERE source = target
  RETURN [source] AS pathNodes, [] AS pathRelationships
  UNION
  WITH source, target
  WHERE source <> target
  MATCH path = allShortestPaths((source)-[*..{{maxHops}}]-(target))
  WITH path, [n IN nodes(path) | labels(n)[0] + ':' + n.key] AS nodeIds, [r IN relationships(path) | type(r)] AS types
  ORDER BY nodeIds, types
  LIMIT 1
  RETURN nodes(path) AS pathNodes, relationships(path) AS pathRelationships
}
RETURN
  [n IN pathNodes | {label: labels(n)[0], properties: properties(n)}] AS nodes,
  [r IN pathRelationships | {
    type: type(r),
    fromLabel: labels(startNode(r))[0],
    fromKey: startNode(r).key,
    toLabel: labels(endNode(r))[0],
    toKey: endNode(r).key
  }] AS relationships
