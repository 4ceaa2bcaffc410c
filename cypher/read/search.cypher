// $query holds only words of letters, digits and marks joined by spaces (searchWords() in
// src/graph/search-text.ts), so no Lucene syntax from the user reaches the index. The first $first hits,
// best first, ties by global id; with $facets, every hit counted by those dimensions: {{facets}} is
// fragments/search-facets.cypher (the catalogue's SEARCH_FACETS, the hit's kind), or RETURN [] AS facets.
CALL () {
  CALL db.index.fulltext.queryNodes('search_words', $query)
  YIELD node, score
  WITH node, score, labels(node)[0] AS label
  ORDER BY score DESC, label + ':' + node.key
  LIMIT $first
  RETURN collect({label: label, properties: {{> node var=node}}, score: score}) AS hits
}
CALL () {
  {{facets}}
}
RETURN hits, facets
