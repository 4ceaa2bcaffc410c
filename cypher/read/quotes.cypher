// Quotes by source line, then key, or in the Compact's order of their paragraphs, then source line, key;
// filtered as fragments/quotes-matched.cypher says. totalCount counts without fetching; with $facets, the
// whole filtered list is counted by those dimensions: {{facets}} is fragments/quotes-facets.cypher, or RETURN [] AS facets.
CALL () {
  {{> quotes-matched}}
  WITH q, CASE $orderBy WHEN 'COMPACT_ORDER' THEN p.order ELSE 0 END AS paragraphOrder
  ORDER BY paragraphOrder, q.sourceLine, q.key
  SKIP $offset
  LIMIT $limit
  RETURN collect({{> node var=q}}) AS rows
}
CALL () {
  {{facets}}
}
RETURN rows, COUNT {
  {{> quotes-matched}}
} AS totalCount, facets
