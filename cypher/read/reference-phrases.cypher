MATCH (r:ReferencePhrase)
RETURN {{> node var=r}} AS properties
ORDER BY r.sourceLine, r.key
