MATCH (o:Objective)
RETURN {{> node var=o}} AS properties
ORDER BY o.number, o.key
