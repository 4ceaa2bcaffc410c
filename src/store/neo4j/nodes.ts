// How a node of the model is stored as Neo4j properties, and read back into the same object.
import { KINDS, searchableText } from '../../graph/catalogue.ts';
import type { GraphNode, NodeKind, NodeOfKind } from '../../graph/model.ts';
import { searchWords } from '../../graph/search-text.ts';
import { int } from './run.ts';

/**
 * The properties a node is stored with: its fields (integers as Neo4j Integers) and `searchText`,
 * the text the full-text index holds: the searchWords of searchableText(node), the words the memory
 * store indexes, joined by spaces for the index's whitespace analyzer. Values Neo4j cannot store are
 * passed through, so it refuses them.
 */
export function propertiesOf(node: GraphNode): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(node)) {
    if (field === 'kind' || value === null || value === undefined) continue;
    properties[field] = Number.isInteger(value) ? int(value as number) : value;
  }
  const searchText = searchableText(node);
  if (searchText !== null) properties.searchText = searchWords(searchText).join(' ');
  return properties;
}

/**
 * The node of the model from its stored properties (already native values), with the fields of its
 * kind in the catalogue. Read statements project nodes with cypher/fragments/node.cypher: every
 * property but the index text, which is as long as the text itself and never read back.
 */
export function nodeFrom<K extends NodeKind>(kind: K, properties: Record<string, unknown>): NodeOfKind<K> {
  const node: Record<string, unknown> = { kind };
  for (const field of KINDS[kind].fields) node[field as string] = properties[field as string] ?? null;
  return node as unknown as NodeOfKind<K>;
}

/** A node read with its label: `{ label: labels(n)[0], properties: properties(n) }`. */
export function labelledNode(row: { label: string; properties: Record<string, unknown> }): GraphNode {
  return nodeFrom(row.label as NodeKind, row.properties);
}
