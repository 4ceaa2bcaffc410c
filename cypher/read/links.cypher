// Template, filled once per relation of LINK_RELATIONS in src/graph/catalogue.ts ({{from}}, {{pattern}},
// {{to}}, {{orderBy}}): for each key of a {{from}} node, one page of its actor–objective links
// ($linkOffset, $linkLimit; 0 only counts) with the detail asked for ($quotesPerLink, $withParagraphs).
UNWIND $keys AS key
MATCH (n:{{from}} {key: key})
WITH collect(n) AS page
{{> links-of-page page=page}}
RETURN linkRows AS rows, [n IN page | {{> node var=n}}] AS nodes, quotes, paragraphs
