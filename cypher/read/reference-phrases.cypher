MATCH (r:ReferencePhrase)
RETURN r {.*, searchText: null} AS properties
ORDER BY r.sourceLine, r.key
