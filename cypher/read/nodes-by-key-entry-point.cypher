// One row per known key; the store puts the nodes back in the order of $keys.
UNWIND $keys AS key
MATCH (n:EntryPoint {key: key})
RETURN key, n {.*, searchText: null} AS properties
