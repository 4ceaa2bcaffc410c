// Template: {{facets}} as in read/quotes.cypher; {{order}} is the ORDER BY of the page, one of ACTOR_ORDERS in src/store/neo4j/store.ts (by name,
// then key; or by the number of quotes in their mentions, most first, then name, key). cypherTemplate()
// in src/store/neo4j/cypher.ts fills it: the order cannot be a parameter, and by name the page is read in
// the order of the actor_name index and stops at its end.
// Filtered as fragments/actors-matched.cypher says.
// totalCount counts without fetching.
// With $withLinks, the page's actors come with one page of their objective links (links-of-page.cypher):
// a query that reads actors { objectives } costs one statement, not one per level.
CALL () {
  {{> actors-matched}}
    AND a.name IS NOT NULL
  WITH a
  ORDER BY {{order}}
  SKIP $offset
  LIMIT $limit
  RETURN collect(a) AS page
}
{{> links-of-page page=page pattern=-[l:LINKED_TO]-> to=Objective orderBy=number}}
// Unfiltered, the count is the label's count (from Neo4j's counts store, not a scan of every actor).
// With $facets, the whole filtered list counted by those dimensions: {{facets}} is fragments/actors-facets.cypher, or RETURN [] AS facets.
CALL () {
  {{facets}}
}
RETURN [a IN page | {{> node var=a}}] AS rows, linkRows, quotes, paragraphs, CASE
  WHEN $category IS NULL AND $nameContains IS NULL AND $objective IS NULL THEN COUNT { MATCH (:Actor) }
  ELSE COUNT {
    {{> actors-matched}}
  }
END AS totalCount, facets
