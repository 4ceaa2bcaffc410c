// searchText is searchableText(node) from src/graph/search-text.ts, set by the seed, so that
// Neo4j indexes exactly the text the memory store indexes.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Actor|Quote|ReferencePhrase|Objective)
ON EACH [n.searchText]
