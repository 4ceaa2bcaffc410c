// Quotes by source line, then key, or in the Compact's order of their paragraphs, then source line, key.
// Filters, each null for none: $actor, quotes filed under or naming the actor (as Actor.mentions);
// $objective, quotes of a paragraph of that objective; $text, case-insensitive in the quote's text.
// totalCount counts without fetching.
CALL () {
  MATCH (q:Quote)-[:QUOTES]->(p:Paragraph)
  WHERE ($actor IS NULL OR EXISTS { (q)-[:FILED_UNDER|NAMES]->(:Actor {key: $actor}) })
    AND ($objective IS NULL OR p.objectiveNumber = $objective)
    AND ($text IS NULL OR toLower(q.text) CONTAINS toLower($text))
  WITH q, CASE $orderBy WHEN 'COMPACT_ORDER' THEN p.order ELSE 0 END AS paragraphOrder
  ORDER BY paragraphOrder, q.sourceLine, q.key
  SKIP $offset
  LIMIT $limit
  RETURN collect({{> node var=q}}) AS rows
}
RETURN rows, COUNT {
  MATCH (q:Quote)-[:QUOTES]->(p:Paragraph)
  WHERE ($actor IS NULL OR EXISTS { (q)-[:FILED_UNDER|NAMES]->(:Actor {key: $actor}) })
    AND ($objective IS NULL OR p.objectiveNumber = $objective)
    AND ($text IS NULL OR toLower(q.text) CONTAINS toLower($text))
} AS totalCount
