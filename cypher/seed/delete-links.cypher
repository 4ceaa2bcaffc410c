// Removes the derived actor–objective links before a seed writes them again from the new graph.
MATCH (:Actor)-[l:LINKED_TO]->(:Objective)
DELETE l
RETURN count(*) AS deleted
