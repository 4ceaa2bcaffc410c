// Removes the relationships of the model's $types that the extracted graph no longer has, in one pass
// over them; $ids holds 'TYPE|FromLabel:fromKey>ToLabel:toKey' for each one it has.
MATCH (from)-[r]->(to)
WHERE type(r) IN $types
  AND NOT type(r) + '|' + labels(from)[0] + ':' + from.key + '>' + labels(to)[0] + ':' + to.key IN $ids
DELETE r
RETURN count(*) AS deleted
