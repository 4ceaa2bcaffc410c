// The co-mention network: every actor of $categories (null: all) by name, then key; and each pair of
// them named in the same paragraphs (MENTIONS), from the smaller key to the larger, with those paragraphs
// in the Compact's order, when they share at least $minWeight; pairs by from key, then to key.
CALL () {
  MATCH (a:Actor)
  WHERE $categories IS NULL OR a.category IN $categories
  WITH a
  ORDER BY a.name, a.key
  RETURN collect({{> node var=a}}) AS nodes
}
CALL () {
  MATCH (a:Actor)<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(b:Actor)
  WHERE a.key < b.key AND ($categories IS NULL OR (a.category IN $categories AND b.category IN $categories))
  WITH a, b, p
  ORDER BY p.order, p.key
  WITH a, b, collect({{> node var=p}}) AS paragraphs
  WHERE size(paragraphs) >= $minWeight
  ORDER BY a.key, b.key
  RETURN collect({from: {{> node var=a}}, to: {{> node var=b}}, weight: size(paragraphs), paragraphs: paragraphs}) AS edges
}
RETURN nodes, edges
