// For each objective number, its links to actors by actor name, then key: the LINKED_TO relationships of
// objective-links-of-actors.cypher seen from the other end, in the same shape (quotes and paragraphs once
// each, beside the rows).
UNWIND $objectiveNumbers AS objectiveNumber
MATCH (o:Objective {key: toString(objectiveNumber)})
CALL (o) {
  OPTIONAL MATCH (o)<-[l:LINKED_TO]-(a:Actor)
  WITH l, a
  ORDER BY a.name, a.key
  RETURN collect(CASE WHEN l IS NOT NULL THEN {
    actor: {{> node var=a}},
    basis: l.basis,
    paragraphKeys: CASE WHEN $withParagraphs THEN l.paragraphKeys ELSE [] END,
    quoteKeys: l.quoteKeys[0..$quotesPerLink],
    quoteCount: size(l.quoteKeys)
  } END) AS links
}
WITH collect({key: objectiveNumber, objective: {{> node var=o}}, links: links}) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.links AS link
  UNWIND link.quoteKeys AS quoteKey
  WITH DISTINCT quoteKey
  MATCH (q:Quote {key: quoteKey})
  RETURN collect({{> node var=q}}) AS quotes
}
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.links AS link
  UNWIND link.paragraphKeys AS paragraphKey
  WITH DISTINCT paragraphKey
  MATCH (p:Paragraph {key: paragraphKey})
  RETURN collect({{> node var=p}}) AS paragraphs
}
RETURN rows, quotes, paragraphs
