// Removes the nodes of the model's $labels that the extracted graph no longer has, in one pass over
// them; $ids holds 'Label:key' for each one it has.
MATCH (n)
WHERE labels(n)[0] IN $labels
  AND NOT labels(n)[0] + ':' + n.key IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
