// Every shortest path from trade unions to the GFMD that goes through paragraphs and actors only, never
// through objectives, quotes or entry points: who is named alongside whom, paragraph by paragraph.
// Parameters, to paste into Neo4j Browser before running:
// :params {from: 'trade-unions', to: 'gfmd'}
// The API's answer: { allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd", filter: { nodeKinds: [Paragraph, Actor] }) { sentence } }
MATCH (source:Actor {key: $from}), (target:Actor {key: $to})
MATCH path = ALL SHORTEST (source) ((a)-[r]-(b) WHERE b = target OR b:Paragraph OR b:Actor){1,8} (target)
WITH DISTINCT [n IN nodes(path) | labels(n)[0] + ':' + n.key] AS nodes
RETURN size(nodes) - 1 AS hops, nodes
ORDER BY nodes
