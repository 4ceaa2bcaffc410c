// The actors of the list read/actors.cypher returns, each as a. Filters, each null for none: $category;
// $objective, the actors linked to that objective (LINKED_TO); $nameContains, case-insensitive in the name or an alias.
MATCH (a:Actor)
WHERE ($category IS NULL OR a.category = $category)
  AND ($nameContains IS NULL OR any(name IN [a.name] + a.aliases WHERE toLower(name) CONTAINS toLower($nameContains)))
  AND ($objective IS NULL OR EXISTS { (a)-[:LINKED_TO]->(:Objective {number: $objective}) })
