// Template: {{type}} is a relationship type from the model's whitelist. Removes the relationships the
// extracted graph no longer has; $ids holds 'FromLabel:fromKey>ToLabel:toKey' for each one it has.
MATCH (from)-[r:{{type}}]->(to)
WHERE NOT labels(from)[0] + ':' + from.key + '>' + labels(to)[0] + ':' + to.key IN $ids
DELETE r
RETURN count(*) AS deleted
