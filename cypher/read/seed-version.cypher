// The content hash the last seed wrote (seed/seed-version.cypher); no row before the first seed.
MATCH (v:SeedVersion {key: 'current'})
RETURN v.hash AS hash
