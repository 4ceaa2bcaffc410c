// All objectives by number; with $withLinks, each with one page of its links to actors, by actor name
// (links-of-page.cypher): a query that reads objectives { actors } costs one statement, not two.
MATCH (o:Objective)
WITH o
ORDER BY o.number, o.key
WITH collect(o) AS page
{{> links-of-page page=page pattern=<-[l:LINKED_TO]- to=Actor orderBy=name}}
RETURN [o IN page | {{> node var=o}}] AS rows, linkRows, quotes, paragraphs
