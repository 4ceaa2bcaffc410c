// The quotes and paragraphs that the links of {{rows}} name, each once however many links name it
// (a quote naming three actors of a page is sent once, not three times); the store puts them into the
// links by key.
CALL ({{rows}}) {
  UNWIND {{rows}} AS row
  UNWIND row.links AS link
  UNWIND link.quoteKeys AS quoteKey
  WITH DISTINCT quoteKey
  MATCH (q:Quote {key: quoteKey})
  RETURN collect({{> node var=q}}) AS quotes
}
CALL ({{rows}}) {
  UNWIND {{rows}} AS row
  UNWIND row.links AS link
  UNWIND link.paragraphKeys AS paragraphKey
  WITH DISTINCT paragraphKey
  MATCH (p:Paragraph {key: paragraphKey})
  RETURN collect({{> node var=p}}) AS paragraphs
}
