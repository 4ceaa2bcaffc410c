// All objectives by number, each with its links to actors in the shape of actor-links-of-objectives.cypher
// ($quotesPerLink, $withParagraphs): a query that reads objectives { actors } costs one statement, not two.
MATCH (o:Objective)
WITH o
ORDER BY o.number, o.key
WITH collect(o) AS objectives
CALL (objectives) {
  UNWIND objectives AS o
  OPTIONAL MATCH (o)<-[l:LINKED_TO]-(a:Actor)
  WITH o, l, a
  ORDER BY a.name, a.key
  WITH o, collect(CASE WHEN l IS NOT NULL THEN {
    actor: {{> node var=a}},
    basis: l.basis,
    paragraphKeys: CASE WHEN $withParagraphs THEN l.paragraphKeys ELSE [] END,
    quoteKeys: l.quoteKeys[0..$quotesPerLink],
    quoteCount: size(l.quoteKeys)
  } END) AS links
  RETURN collect({key: o.number, links: links}) AS linkRows
}
CALL (linkRows) {
  UNWIND linkRows AS row
  UNWIND row.links AS link
  UNWIND link.quoteKeys AS quoteKey
  WITH DISTINCT quoteKey
  MATCH (q:Quote {key: quoteKey})
  RETURN collect({{> node var=q}}) AS quotes
}
CALL (linkRows) {
  UNWIND linkRows AS row
  UNWIND row.links AS link
  UNWIND link.paragraphKeys AS paragraphKey
  WITH DISTINCT paragraphKey
  MATCH (p:Paragraph {key: paragraphKey})
  RETURN collect({{> node var=p}}) AS paragraphs
}
RETURN [o IN objectives | {{> node var=o}}] AS rows, linkRows, quotes, paragraphs
