// Inside CALL (n): one page ($linkOffset, $linkLimit) of the actor–objective links of node n, read from the
// LINKED_TO relationships the seed derives (src/graph/links.ts), in the order of their other end m, then
// its key; a page of 0 reads none (a client counting links). Each link is projected as `link`.
MATCH (n){{pattern}}(m:{{to}})
WHERE $linkLimit > 0
WITH l, m
ORDER BY m.{{orderBy}}, m.key
SKIP $linkOffset
LIMIT $linkLimit
RETURN collect({{> link}}) AS links
