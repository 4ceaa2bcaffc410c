// Waits until every index (the full-text one included) is online.
CALL db.awaitIndexes($timeoutSeconds)
