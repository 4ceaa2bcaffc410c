// The derived actor–objective links (src/graph/links.ts) as (:Actor)-[:LINKED_TO]->(:Objective), one per
// row of the parallel lists: $bases[i] in LINK_BASES order, $paragraphKeys[i] in the Compact's order and
// $quoteKeys[i] in source order, so that a read pages a link's quotes by slicing the list. Into a graph
// without LINKED_TO relationships (delete-links.cypher runs first when there were any).
UNWIND range(0, size($actorKeys) - 1) AS i
MATCH (a:Actor {key: $actorKeys[i]})
MATCH (o:Objective {key: $objectiveKeys[i]})
CREATE (a)-[l:LINKED_TO {basis: $bases[i], paragraphKeys: $paragraphKeys[i], quoteKeys: $quoteKeys[i]}]->(o)
RETURN count(l) AS merged
