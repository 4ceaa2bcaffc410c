// Template: {{label}} is a node label from the model's whitelist. After an offline import only: the
// importer cannot write an empty list (it leaves the property out), so each list property it left out
// becomes [], as the transactional seed stores it. Auto-commit only (CALL { } IN TRANSACTIONS).
MATCH (n:{{label}})
WHERE n[$property] IS NULL
CALL (n) {
  SET n[$property] = []
} IN TRANSACTIONS OF 10000 ROWS
