MATCH (o:Objective)
RETURN properties(o) AS properties
ORDER BY o.number, o.key
