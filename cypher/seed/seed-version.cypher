// What the database holds, for caches to compare against.
MERGE (v:SeedVersion {key: 'current'})
SET v.hash = $hash,
  v.nodeCount = $nodeCount,
  v.relationshipCount = $relationshipCount,
  v.seededAt = datetime()
