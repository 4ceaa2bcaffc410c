// A node as read statements send it: every property but the full-text index's text, which is as long as
// the text itself and never read back. nodeFrom() in src/store/neo4j/nodes.ts turns it into the model's node.
{{var}} {.*, searchText: null}
