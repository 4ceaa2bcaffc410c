// Template: {{fromLabel}}, {{toLabel}} are node labels and {{type}} a relationship type, from the model's
// whitelists. For an empty database only: both ends are matched on their keys, then the relationship is
// created without MERGE's check for an existing one. The rows come as parallel lists ($fromKeys, $toKeys,
// $sourceLines), which the driver packs ~3x faster than a list of maps. The one property is written by
// name (a null sourceLine is not stored): `SET r = map` could write `key`, which the index seeks read,
// and that conflict makes the planner buffer every row (Eager).
UNWIND range(0, size($fromKeys) - 1) AS i
MATCH (from:{{fromLabel}} {key: $fromKeys[i]})
MATCH (to:{{toLabel}} {key: $toKeys[i]})
CREATE (from)-[r:{{type}} {sourceLine: $sourceLines[i]}]->(to)
RETURN count(r) AS merged
