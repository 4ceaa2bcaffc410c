// Facet {{dimension}}: the bases of n's actor–objective links (LINKED_TO's basis list), each once.
CASE WHEN '{{dimension}}' IN $facets THEN COLLECT {
  MATCH (n){{pattern}}(:{{to}})
  UNWIND l.basis AS value
  WITH DISTINCT value
  RETURN ['{{dimension}}', value]
} ELSE [] END
