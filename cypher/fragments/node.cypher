// A node as read statements send it: the values of the properties $projection lists for its label, in
// that order (`key` first), never the full-text index's text. A list of values, not a map: the driver
// decodes it for less. nodeFromValues() in src/store/neo4j/nodes.ts zips it back with the same list.
[property IN $projection[labels({{var}})[0]] | {{var}}[property]]
