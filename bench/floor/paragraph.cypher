// Floor (d): one paragraph with its quotes (source order) and actors (by name).
MATCH (p:Paragraph {key: $ref})
RETURN {
  ref: p.key,
  section: p.section,
  quotes: COLLECT {
    MATCH (p)<-[:QUOTES]-(q:Quote)
    WITH q
    ORDER BY q.sourceLine, q.key
    RETURN {key: q.key, text: q.text}
  },
  actors: COLLECT {
    MATCH (p)-[:MENTIONS]->(a:Actor)
    WITH a
    ORDER BY a.name, a.key
    RETURN {key: a.key, name: a.name}
  }
} AS paragraph
