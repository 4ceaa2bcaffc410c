// The labels the full-text index covers now; no row before the first seed.
SHOW FULLTEXT INDEXES
YIELD name, labelsOrTypes
WHERE name = 'search_words'
RETURN labelsOrTypes AS labels
