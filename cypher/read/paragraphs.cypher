// Paragraphs in the Compact's order, or by the number of actors they mention (most first), then that order.
// Filters, each null for none: $objective on the objective number; $actor on the actor's MENTIONS (as
// RELATIONS.actorParagraphs); $section; $text, case-insensitive in the text of any quote of the paragraph.
// totalCount counts without fetching.
CALL () {
  MATCH (p:Paragraph)
  WHERE ($objective IS NULL OR p.objectiveNumber = $objective)
    AND ($section IS NULL OR p.section = $section)
    AND ($actor IS NULL OR EXISTS { (p)-[:MENTIONS]->(:Actor {key: $actor}) })
    AND ($text IS NULL OR EXISTS { (p)<-[:QUOTES]-(q:Quote) WHERE toLower(q.text) CONTAINS toLower($text) })
  WITH p, CASE $orderBy WHEN 'MENTION_COUNT' THEN COUNT { (p)-[:MENTIONS]->(:Actor) } ELSE 0 END AS actors
  ORDER BY actors DESC, p.order, p.key
  SKIP $offset
  LIMIT $limit
  RETURN collect({{> node var=p}}) AS rows
}
RETURN rows, COUNT {
  MATCH (p:Paragraph)
  WHERE ($objective IS NULL OR p.objectiveNumber = $objective)
    AND ($section IS NULL OR p.section = $section)
    AND ($actor IS NULL OR EXISTS { (p)-[:MENTIONS]->(:Actor {key: $actor}) })
    AND ($text IS NULL OR EXISTS { (p)<-[:QUOTES]-(q:Quote) WHERE toLower(q.text) CONTAINS toLower($text) })
} AS totalCount
