// The facets of a search: every hit of $query counted by each dimension of $facets
// (cypher/fragments/facet-counts.cypher). A search without facets uses RETURN [] AS facets instead.
CALL db.index.fulltext.queryNodes('search_words', $query)
YIELD node
WITH node AS n
{{> facet-counts}}
