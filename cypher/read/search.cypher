// $query holds only lower-case words joined by spaces (luceneQuery() in src/store/neo4j/search-terms.ts),
// so no Lucene syntax from the user reaches the index. Best first; ties by global id.
CALL db.index.fulltext.queryNodes('search', $query)
YIELD node, score
WITH node, score, labels(node)[0] AS label
ORDER BY score DESC, label + ':' + node.key
LIMIT $first
RETURN label, node {.*, searchText: null} AS properties, score
