// Floor (d): every objective with the number of actors linked to it (LINKED_TO, the links the seed derives).
MATCH (o:Objective)
WITH o
ORDER BY o.number
RETURN collect({number: o.number, title: o.title, actors: {totalCount: COUNT { (o)<-[:LINKED_TO]-(:Actor) }}}) AS objectives
