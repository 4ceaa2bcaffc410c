// Template: {{label}} is a node label from the model's whitelist (cypherTemplate() in src/store/neo4j/cypher.ts).
// Replaces every property, so a field that became null is removed.
UNWIND $rows AS row
MERGE (n:{{label}} {key: row.key})
SET n = row.properties
RETURN count(n) AS merged
