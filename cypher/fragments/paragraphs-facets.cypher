// The facets of the list read/paragraphs.cypher returns: the whole filtered list counted by each dimension
// of $facets (cypher/fragments/facet-counts.cypher). A list read without facets uses RETURN [] AS facets instead.
{{> paragraphs-matched}}
WITH p AS n
{{> facet-counts}}
