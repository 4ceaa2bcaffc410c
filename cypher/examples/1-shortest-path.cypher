// How are trade unions connected to the Global Forum on Migration and Development (GFMD)?
// One shortest path, relationships followed in either direction, at most 8 hops, through the source's
// relationships: not LINKED_TO, the actor–objective shortcut the seed derives from them.
// Parameters, to paste into Neo4j Browser before running:
// :params {from: 'trade-unions', to: 'gfmd'}
// The API's answer: { shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { sentence } }
MATCH (source:Actor {key: $from}), (target:Actor {key: $to})
MATCH path = shortestPath((source)-[:IN_OBJECTIVE|QUOTES|FILED_UNDER|NAMES|MENTIONS|APPEARS_IN|REFERS_TO|SUMMARY_LISTS|FOR_OBJECTIVE|ENGAGES*..8]-(target))
RETURN
  length(path) AS hops,
  [n IN nodes(path) | labels(n)[0] + ':' + n.key] AS nodes,
  [r IN relationships(path) | type(r)] AS relationships
