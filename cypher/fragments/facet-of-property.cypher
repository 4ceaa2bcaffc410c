// Facet {{dimension}}: the node's own property {{property}}, when asked and not null.
CASE WHEN '{{dimension}}' IN $facets AND n.{{property}} IS NOT NULL THEN [['{{dimension}}', toString(n.{{property}})]] ELSE [] END
