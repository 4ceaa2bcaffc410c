// The actors named in the same paragraphs as $actorKey (both ends of MENTIONS), weighted by the number
// of shared paragraphs (in the Compact's order), by weight, most first, then name, key; the first $first.
// `found` is false for an unknown actor.
CALL () {
  MATCH (actor:Actor {key: $actorKey})<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(other:Actor)
  WHERE other <> actor
  WITH other, p
  ORDER BY p.order, p.key
  WITH other, collect({{> node var=p}}) AS paragraphs
  ORDER BY size(paragraphs) DESC, other.name, other.key
  LIMIT $first
  RETURN collect({actor: {{> node var=other}}, weight: size(paragraphs), paragraphs: paragraphs}) AS coMentions
}
RETURN EXISTS { MATCH (:Actor {key: $actorKey}) } AS found, coMentions
