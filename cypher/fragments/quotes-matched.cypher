// The quotes of the list read/quotes.cypher returns, each as q with its paragraph p. Filters, each null
// for none: $actor, quotes filed under or naming the actor (as Actor.mentions); $objective, quotes of a
// paragraph of that objective; $text, case-insensitive in the quote's text.
MATCH (q:Quote)-[:QUOTES]->(p:Paragraph)
WHERE ($actor IS NULL OR EXISTS { (q)-[:FILED_UNDER|NAMES]->(:Actor {key: $actor}) })
  AND ($objective IS NULL OR p.objectiveNumber = $objective)
  AND ($text IS NULL OR toLower(q.text) CONTAINS toLower($text))
