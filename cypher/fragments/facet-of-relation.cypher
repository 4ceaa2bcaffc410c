// Facet {{dimension}}: property {{property}} of the nodes of one relation of n (RELATIONS in the catalogue), each value once.
CASE WHEN '{{dimension}}' IN $facets THEN COLLECT {
  MATCH (n){{pattern}}(m:{{to}})
  WITH DISTINCT m.{{property}} AS value
  WHERE value IS NOT NULL
  RETURN ['{{dimension}}', toString(value)]
} ELSE [] END
