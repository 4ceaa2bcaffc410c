// Paragraphs in the Compact's order; $objective filters on the objective number, $actor on the
// actor's MENTIONS (as RELATIONS.actorParagraphs); null means no filter. totalCount counts without fetching.
CALL () {
  MATCH (p:Paragraph)
  WHERE ($objective IS NULL OR p.objectiveNumber = $objective)
    AND ($actor IS NULL OR EXISTS { (p)-[:MENTIONS]->(:Actor {key: $actor}) })
  WITH p
  ORDER BY p.order, p.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(properties(p)) AS rows
}
RETURN rows, COUNT {
  MATCH (p:Paragraph)
  WHERE ($objective IS NULL OR p.objectiveNumber = $objective)
    AND ($actor IS NULL OR EXISTS { (p)-[:MENTIONS]->(:Actor {key: $actor}) })
} AS totalCount
