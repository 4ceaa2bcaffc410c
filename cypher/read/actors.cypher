// Template: {{order}} is the ORDER BY of the page, one of ACTOR_ORDERS in src/store/neo4j/store.ts (by name,
// then key; or by the number of quotes in their mentions, most first, then name, key). cypherTemplate()
// in src/store/neo4j/cypher.ts fills it: the order cannot be a parameter, and by name the page is read in
// the order of the actor_name index and stops at its end.
// Filters, each null for none: $category; $objective, the actors linked to that objective (LINKED_TO); $nameContains, case-insensitive in the name or an alias.
// totalCount counts without fetching.
// With $withLinks, the page's actors come with one page of their objective links (links-of-page.cypher):
// a query that reads actors { objectives } costs one statement, not one per level.
CALL () {
  MATCH (a:Actor)
  WHERE a.name IS NOT NULL
    AND ($category IS NULL OR a.category = $category)
    AND ($nameContains IS NULL OR any(name IN [a.name] + a.aliases WHERE toLower(name) CONTAINS toLower($nameContains)))
    AND ($objective IS NULL OR EXISTS { (a)-[:LINKED_TO]->(:Objective {number: $objective}) })
  WITH a
  ORDER BY {{order}}
  SKIP $offset
  LIMIT $limit
  RETURN collect(a) AS page
}
{{> links-of-page page=page pattern=-[l:LINKED_TO]-> to=Objective orderBy=number}}
// Unfiltered, the count is the label's count (from Neo4j's counts store, not a scan of every actor).
RETURN [a IN page | {{> node var=a}}] AS rows, linkRows, quotes, paragraphs, CASE
  WHEN $category IS NULL AND $nameContains IS NULL AND $objective IS NULL THEN COUNT { MATCH (:Actor) }
  ELSE COUNT {
    MATCH (a:Actor)
    WHERE ($category IS NULL OR a.category = $category)
      AND ($nameContains IS NULL OR any(name IN [a.name] + a.aliases WHERE toLower(name) CONTAINS toLower($nameContains)))
      AND ($objective IS NULL OR EXISTS { (a)-[:LINKED_TO]->(:Objective {number: $objective}) })
  }
END AS totalCount
