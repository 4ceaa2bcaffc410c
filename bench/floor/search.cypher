// Floor (d): the full-text search, best first, ties by global id; $query holds plain lower-case words.
CALL db.index.fulltext.queryNodes('search_words', $query)
YIELD node, score
WITH node, score, labels(node)[0] + ':' + node.key AS id
ORDER BY score DESC, id
LIMIT $first
RETURN collect({score: score, node: {id: id}}) AS search
