// How many of the nodes n have each value of each dimension of $facets (FACETS in src/graph/catalogue.ts):
// one aggregation over the whole list, never its rows. {{facetValues}} is the list of [dimension, value]
// pairs of n, each pair once, written from the catalogue with the facet-of-* fragments (facetValuesOf in
// src/store/neo4j/store.ts), so each node counts once per value.
WITH n, {{facetValues}} AS pairs
UNWIND pairs AS pair
WITH pair[0] AS dimension, pair[1] AS value, count(*) AS count
RETURN collect({dimension: dimension, value: value, count: count}) AS facets
