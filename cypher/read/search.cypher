// $query holds only words of letters, digits and marks joined by spaces (searchWords() in
// src/graph/search-text.ts), so no Lucene syntax from the user reaches the index. Best first; ties by global id.
CALL db.index.fulltext.queryNodes('search_words', $query)
YIELD node, score
WITH node, score, labels(node)[0] AS label
ORDER BY score DESC, label + ':' + node.key
LIMIT $first
RETURN label, {{> node var=node}} AS properties, score
