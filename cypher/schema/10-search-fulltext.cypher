// Template: {{labels}} are the searched kinds of the catalogue (SEARCHED_KINDS, those with a searchText).
// searchText holds searchWords(searchableText(node)) (src/graph/search-text.ts), the words the memory
// store indexes, set by the seed. The whitespace analyzer keeps those words as they are: splitting
// and lower-casing happen once, in searchWords, for both stores. Made once: when the searched kinds
// change, the seed drops the index first (seed/search-index-labels.cypher).
CREATE FULLTEXT INDEX search_words IF NOT EXISTS
FOR (n:{{labels}})
ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
