// The facets of the list read/actors.cypher returns: the whole filtered list counted by each dimension
// of $facets (cypher/fragments/facet-counts.cypher). A list read without facets uses RETURN [] AS facets instead.
{{> actors-matched}}
WITH a AS n
{{> facet-counts}}
