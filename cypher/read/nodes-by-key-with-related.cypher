// Template, filled once per node kind from the catalogue: {{label}}, and {{relatedLists}}, one
// related-list.cypher for each relation of RELATIONS from that kind. nodes-by-key.cypher, with the whole
// lists of the relations named in $relations (the others null): a query that reads a paragraph with its
// quotes and actors costs one statement, not one per level.
UNWIND $keys AS key
MATCH (n:{{label}} {key: key})
RETURN key, {{> node var=n}} AS properties{{relatedLists}}
