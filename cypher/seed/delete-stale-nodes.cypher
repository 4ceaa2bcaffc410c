// Template: {{label}} is a node label from the model's whitelist. Removes the nodes the extracted graph no longer has.
MATCH (n:{{label}})
WHERE NOT n.key IN $keys
DETACH DELETE n
RETURN count(*) AS deleted
