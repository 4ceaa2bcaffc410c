// Facet {{dimension}}: the keys of the other ends of n's actor–objective links, each once.
CASE WHEN '{{dimension}}' IN $facets THEN COLLECT {
  MATCH (n){{pattern}}(m:{{to}})
  RETURN DISTINCT ['{{dimension}}', m.key]
} ELSE [] END
