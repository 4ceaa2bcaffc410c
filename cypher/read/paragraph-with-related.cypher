// One paragraph by key with the whole lists of the relations named in $relations (the others null), in
// the orders of related-paragraph-quotes/-actors/-reference-phrases.cypher: a query that reads a
// paragraph with its quotes and actors costs one statement, not one per level. No row for an unknown key.
MATCH (p:Paragraph {key: $key})
RETURN {{> node var=p}} AS properties,
  CASE WHEN 'paragraphQuotes' IN $relations THEN COLLECT {
    MATCH (p)<-[:QUOTES]-(m:Quote)
    WITH m
    ORDER BY m.sourceLine, m.key
    RETURN {{> node var=m}}
  } END AS paragraphQuotes,
  CASE WHEN 'paragraphActors' IN $relations THEN COLLECT {
    MATCH (p)-[:MENTIONS]->(m:Actor)
    WITH m
    ORDER BY m.name, m.key
    RETURN {{> node var=m}}
  } END AS paragraphActors,
  CASE WHEN 'paragraphReferencePhrases' IN $relations THEN COLLECT {
    MATCH (p)<-[:APPEARS_IN]-(m:ReferencePhrase)
    WITH m
    ORDER BY m.sourceLine, m.key
    RETURN {{> node var=m}}
  } END AS paragraphReferencePhrases
