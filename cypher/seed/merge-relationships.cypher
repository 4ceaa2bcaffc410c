// Template: {{fromLabel}}, {{toLabel}} are node labels and {{type}} a relationship type, from the model's
// whitelists. Both ends are matched on their keys first, then only the relationship is merged.
UNWIND $rows AS row
MATCH (from:{{fromLabel}} {key: row.fromKey})
MATCH (to:{{toLabel}} {key: row.toKey})
MERGE (from)-[r:{{type}}]->(to)
SET r = row.properties
RETURN count(r) AS merged
