// Floor (d): the nodes within 2 hops of an actor (nearest first, at most 501) and the relationships among them,
// through the source's relationships (not LINKED_TO, the seed's derived actor–objective shortcut).
MATCH (center:Actor {key: $key})
MATCH path = ANY SHORTEST (center)-[:!LINKED_TO]-{0,2}(n)
WITH n, length(path) AS distance, labels(n)[0] + ':' + n.key AS id
ORDER BY distance, id
LIMIT 501
WITH collect(n) AS kept, collect({id: 'SubgraphNode:' + id, label: labels(n)[0]}) AS nodes
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:!LINKED_TO]->(b)
  WHERE b IN kept
  RETURN collect({type: type(r), from: labels(a)[0] + ':' + a.key, to: labels(b)[0] + ':' + b.key}) AS edges
}
RETURN {nodes: nodes, edges: edges} AS neighbourhood
