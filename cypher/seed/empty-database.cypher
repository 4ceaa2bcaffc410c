// Empties the database (a failed bulk load, the benchmark between scale factors), in batches so that no single
// transaction holds a million deletions. Auto-commit only (CALL { } IN TRANSACTIONS).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
