// The whole graph, as the extractor gives it: nodes of the model's labels ($kinds, in that order), then by
// key; relationships of the model's types ($types) by type, start id, end id (as the memory store), with
// their sourceLine where they have one.
CALL () {
  MATCH (n)
  WHERE labels(n)[0] IN $kinds
  WITH n, [i IN range(0, size($kinds) - 1) WHERE $kinds[i] = labels(n)[0]][0] AS kindOrder
  ORDER BY kindOrder, n.key
  RETURN collect({label: labels(n)[0], properties: properties(n)}) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types
  WITH type(r) AS type, labels(a)[0] AS fromLabel, a.key AS fromKey, labels(b)[0] AS toLabel, b.key AS toKey, r.sourceLine AS sourceLine
  ORDER BY type, fromLabel + ':' + fromKey, toLabel + ':' + toKey
  RETURN collect({type: type, fromLabel: fromLabel, fromKey: fromKey, toLabel: toLabel, toKey: toKey, sourceLine: sourceLine}) AS relationships
}
RETURN nodes, relationships
