// Paragraphs in the Compact's order, or by the number of actors they mention (most first), then that order;
// filtered as fragments/paragraphs-matched.cypher says. totalCount counts without fetching; with $facets, the
// whole filtered list is counted by those dimensions: {{facets}} is fragments/paragraphs-facets.cypher, or RETURN [] AS facets.
CALL () {
  {{> paragraphs-matched}}
  WITH p, CASE $orderBy WHEN 'MENTION_COUNT' THEN COUNT { (p)-[:MENTIONS]->(:Actor) } ELSE 0 END AS actors
  ORDER BY actors DESC, p.order, p.key
  SKIP $offset
  LIMIT $limit
  RETURN collect({{> node var=p}}) AS rows
}
CALL () {
  {{facets}}
}
RETURN rows, COUNT {
  {{> paragraphs-matched}}
} AS totalCount, facets
