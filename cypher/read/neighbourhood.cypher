// Template: {{label}} is a node label from the model's whitelist, {{reach}} an integer checked against
// its range; a path-length bound cannot be a parameter. cypherTemplate() in src/store/neo4j/cypher.ts
// fills them. {{reach}} is max($hops, 1), since a quantifier's upper bound must be at least 1.
// The nodes within $hops of the centre, ignoring direction, nearest first, then by id, at most
// $maxNodes; then every relationship among them by type, start id, end id (as the memory store).
// Only relationships of $types are followed and kept, and only nodes of $kinds reached (the centre is exempt).
MATCH (center:{{label}} {key: $key})
MATCH path = ANY SHORTEST (center) ((a)-[r]-(b) WHERE type(r) IN $types AND labels(b)[0] IN $kinds){0,{{reach}}} (n)
WITH n, length(path) AS distance, labels(n)[0] + ':' + n.key AS id
WHERE distance <= $hops
ORDER BY distance, id
LIMIT $maxNodes
WITH collect(n) AS kept, collect({label: labels(n)[0], properties: {{> node var=n}}}) AS nodes
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept AND type(r) IN $types
  WITH type(r) AS type, labels(a)[0] AS fromLabel, a.key AS fromKey, labels(b)[0] AS toLabel, b.key AS toKey
  ORDER BY type, fromLabel + ':' + fromKey, toLabel + ':' + toKey
  RETURN collect({type: type, fromLabel: fromLabel, fromKey: fromKey, toLabel: toLabel, toKey: toKey}) AS relationships
}
RETURN nodes, relationships
