// The facets of the list read/quotes.cypher returns: the whole filtered list counted by each dimension
// of $facets (cypher/fragments/facet-counts.cypher). A list read without facets uses RETURN [] AS facets instead.
{{> quotes-matched}}
WITH q AS n
{{> facet-counts}}
