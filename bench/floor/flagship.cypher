// Floor (d) for the flagship: the whole answer in one statement, already in our API's JSON shape, over the
// same database as our store: the actor–objective links the seed derives (LINKED_TO, src/graph/links.ts).
MATCH (a:Actor)
WITH a
ORDER BY a.name, a.key
LIMIT $first
CALL (a) {
  MATCH (a)-[l:LINKED_TO]->(o:Objective)
  WITH l, o
  ORDER BY o.number
  RETURN collect({
    basis: l.basis,
    paragraphs: [key IN l.paragraphKeys | {ref: key}],
    node: {number: o.number, title: o.title},
    quotes: COLLECT {
      UNWIND l.quoteKeys AS key
      MATCH (q:Quote {key: key})-[:QUOTES]->(p:Paragraph)
      RETURN {key: q.key, text: q.text, paragraph: {ref: p.key, section: p.section}}
    }
  }) AS edges
}
RETURN {edges: collect({node: {key: a.key, objectives: {edges: edges}}})} AS actors
