// True when the database holds no node at all (Neo4j answers from its count store, without a scan):
// the seed may then CREATE instead of MERGE and has nothing stale to remove.
MATCH (n)
RETURN count(n) = 0 AS empty
