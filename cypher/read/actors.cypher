// Actors by name, then key, or by the number of quotes in their mentions (most first), then name, key.
// Filters, each null for none: $category; $objective, the actors linked to that objective (LINKED_TO); $nameContains, case-insensitive in the name or an alias.
// totalCount counts without fetching.
CALL () {
  MATCH (a:Actor)
  WHERE ($category IS NULL OR a.category = $category)
    AND ($nameContains IS NULL OR any(name IN [a.name] + a.aliases WHERE toLower(name) CONTAINS toLower($nameContains)))
    AND ($objective IS NULL OR EXISTS { (a)-[:LINKED_TO]->(:Objective {number: $objective}) })
  WITH a, CASE $orderBy WHEN 'MENTION_COUNT' THEN COUNT { MATCH (a)<-[:FILED_UNDER|NAMES]-(q:Quote) RETURN DISTINCT q } ELSE 0 END AS mentions
  ORDER BY mentions DESC, a.name, a.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(a {.*, searchText: null}) AS rows
}
RETURN rows, COUNT {
  MATCH (a:Actor)
  WHERE ($category IS NULL OR a.category = $category)
    AND ($nameContains IS NULL OR any(name IN [a.name] + a.aliases WHERE toLower(name) CONTAINS toLower($nameContains)))
    AND ($objective IS NULL OR EXISTS { (a)-[:LINKED_TO]->(:Objective {number: $objective}) })
} AS totalCount
