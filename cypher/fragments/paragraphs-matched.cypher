// The paragraphs of the list read/paragraphs.cypher returns, each as p. Filters, each null for none:
// $objective on the objective number; $actor on the actor's MENTIONS (as RELATIONS.actorParagraphs);
// $section; $text, case-insensitive in the text of any quote of the paragraph.
MATCH (p:Paragraph)
WHERE ($objective IS NULL OR p.objectiveNumber = $objective)
  AND ($section IS NULL OR p.section = $section)
  AND ($actor IS NULL OR EXISTS { (p)-[:MENTIONS]->(:Actor {key: $actor}) })
  AND ($text IS NULL OR EXISTS { (p)<-[:QUOTES]-(q:Quote) WHERE toLower(q.text) CONTAINS toLower($text) })
