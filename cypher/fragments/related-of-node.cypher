// The nodes of one relation of RELATIONS (src/graph/catalogue.ts) from node n, each once, in the
// relation's order, then by key. {{pattern}}, {{to}} and {{orderBy}} come from the relation's entry.
MATCH (n){{pattern}}(m:{{to}})
WITH DISTINCT m
ORDER BY m.{{orderBy}}, m.key
