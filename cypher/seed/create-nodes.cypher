// Template: {{label}} is a node label from the model's whitelist. For an empty database only
// (graph-is-empty.cypher): CREATE skips the lookup MERGE makes; the key constraint still refuses a duplicate.
UNWIND $rows AS row
CREATE (n:{{label}})
SET n = row.properties
RETURN count(n) AS merged
