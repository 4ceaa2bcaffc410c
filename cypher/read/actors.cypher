// Actors by name, then key; $category null means every category. totalCount counts without fetching.
CALL () {
  MATCH (a:Actor)
  WHERE $category IS NULL OR a.category = $category
  WITH a
  ORDER BY a.name, a.key
  SKIP $offset
  LIMIT $limit
  RETURN collect(properties(a)) AS rows
}
RETURN rows, COUNT { MATCH (a:Actor) WHERE $category IS NULL OR a.category = $category } AS totalCount
