// With $withLinks, one page of the links of each node of {{page}} (links-of-node.cypher) as `linkRows`, one
// row per node with its key and how many links it has; and the quotes and paragraphs they name, once each.
// Without, none: a list read without its links pays for nothing more.
CALL ({{page}}) {
  UNWIND CASE WHEN $withLinks THEN {{page}} ELSE [] END AS n
  CALL (n) {
    {{> links-of-node}}
  }
  RETURN collect({key: n.key, links: links, totalCount: COUNT { (n){{pattern}}() }}) AS linkRows
}
{{> nodes-of-links rows=linkRows}}
