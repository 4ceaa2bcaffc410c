MATCH (r:ReferencePhrase)
RETURN properties(r) AS properties
ORDER BY r.sourceLine, r.key
