// Nodes by label and relationships by type, each sorted by name.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  ORDER BY label
  RETURN collect({name: label, count: count}) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect({name: type, count: count}) AS relationships
}
RETURN nodes, relationships
