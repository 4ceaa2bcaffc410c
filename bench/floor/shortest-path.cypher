// Floor (d): the shortest path between two actors (at most 6 hops), the one whose node ids sort first,
// through the source's relationships (not LINKED_TO, the seed's derived actor–objective shortcut).
MATCH (source:Actor {key: $fromKey})
MATCH (target:Actor {key: $toKey})
MATCH path = allShortestPaths((source)-[:IN_OBJECTIVE|QUOTES|FILED_UNDER|NAMES|MENTIONS|APPEARS_IN|REFERS_TO|SUMMARY_LISTS|FOR_OBJECTIVE|ENGAGES*..6]-(target))
WITH path, [n IN nodes(path) | labels(n)[0] + ':' + n.key] AS ids, [r IN relationships(path) | type(r)] AS types
ORDER BY ids, types
LIMIT 1
RETURN {
  length: length(path),
  nodes: [id IN ids | {id: id}],
  relationships: [r IN relationships(path) | {
    type: type(r),
    from: labels(startNode(r))[0] + ':' + startNode(r).key,
    to: labels(endNode(r))[0] + ':' + endNode(r).key
  }]
} AS shortestPath
