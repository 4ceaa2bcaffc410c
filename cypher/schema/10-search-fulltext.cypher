// searchText holds searchWords(searchableText(node)) (src/graph/search-text.ts), the words the memory
// store indexes, set by the seed. The whitespace analyzer keeps those words as they are: splitting
// and lower-casing happen once, in searchWords, for both stores.
CREATE FULLTEXT INDEX search_words IF NOT EXISTS
FOR (n:Actor|Quote|ReferencePhrase|Objective)
ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
