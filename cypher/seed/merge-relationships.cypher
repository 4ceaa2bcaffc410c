// Template: {{fromLabel}}, {{toLabel}} are node labels and {{type}} a relationship type, from the model's
// whitelists. Both ends are matched on their keys first, then only the relationship is merged. The rows
// come as parallel lists ($fromKeys, $toKeys, $sourceLines), which the driver packs ~3x faster than a list
// of maps. The one property is set by name (null removes it): `SET r = map` could write `key`, which the
// index seeks read, and that conflict makes the planner buffer every row (Eager).
UNWIND range(0, size($fromKeys) - 1) AS i
MATCH (from:{{fromLabel}} {key: $fromKeys[i]})
MATCH (to:{{toLabel}} {key: $toKeys[i]})
MERGE (from)-[r:{{type}}]->(to)
SET r.sourceLine = $sourceLines[i]
RETURN count(r) AS merged
