// Which actors does the Compact name in the same paragraphs as trade unions, and how often?
// Parameters, to paste into Neo4j Browser before running:
// :params {actor: 'trade-unions'}
// The API's answer: { coMentions(actor: "trade-unions") { actor { name } weight paragraphs { ref } } }
MATCH (actor:Actor {key: $actor})<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(other:Actor)
WHERE other <> actor
WITH other, p
ORDER BY p.order
WITH other, collect(p.key) AS paragraphs
RETURN other.key AS key, other.name AS actor, size(paragraphs) AS weight, paragraphs
ORDER BY weight DESC, actor, key
