// Template, filled once per node kind from the catalogue (src/graph/catalogue.ts): {{label}}.
// One row per known key; the store puts the nodes back in the order of $keys.
UNWIND $keys AS key
MATCH (n:{{label}} {key: key})
RETURN key, {{> node var=n}} AS properties
