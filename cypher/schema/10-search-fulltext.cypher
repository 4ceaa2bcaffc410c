// searchText is searchableText(node) from src/graph/search-text.ts (the text the memory store
// indexes) as the words MiniSearch splits it into (src/store/neo4j/search-terms.ts), set by the seed.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Actor|Quote|ReferencePhrase|Objective)
ON EACH [n.searchText]
