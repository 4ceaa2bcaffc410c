// Template: {{type}} is a relationship type from the model's whitelist (or LINKED_TO). After an offline
// import only: as fill-empty-node-lists.cypher, for a list property of relationships.
MATCH ()-[r:{{type}}]->()
WHERE r[$property] IS NULL
CALL (r) {
  SET r[$property] = []
} IN TRANSACTIONS OF 10000 ROWS
