// Facet {{dimension}}: the kind of node n, its label.
CASE WHEN '{{dimension}}' IN $facets THEN [['{{dimension}}', labels(n)[0]]] ELSE [] END
