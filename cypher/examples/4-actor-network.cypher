// The co-mention network: every pair of actors named in the same paragraphs at least $minWeight times,
// weighted by the number of those paragraphs. Run it in Neo4j Browser with the graph view off for a table,
// or return `a, b` as well to draw it.
// Parameters, to paste into Neo4j Browser before running:
// :params {minWeight: 2}
// The API's answer: { actorNetwork(minWeight: 2) { nodes { id name } edges { from to weight } } }
MATCH (a:Actor)<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(b:Actor)
WHERE a.key < b.key
WITH a, b, p
ORDER BY p.order
WITH a, b, collect(p.key) AS paragraphs
WHERE size(paragraphs) >= $minWeight
RETURN a.key AS from, b.key AS to, size(paragraphs) AS weight, paragraphs
ORDER BY weight DESC, from, to
