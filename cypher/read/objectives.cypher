MATCH (o:Objective)
RETURN o {.*, searchText: null} AS properties
ORDER BY o.number, o.key
