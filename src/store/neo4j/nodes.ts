// How a node of the model is stored as Neo4j properties, and read back into the same object.
import type { GraphNode, NodeKind, NodeOfKind } from '../../graph/model.ts';
import { searchableText, searchWords } from '../../graph/search-text.ts';
import { int } from './run.ts';

/** The fields of each kind, in the model's order; Neo4j drops null properties, so reading fills them back in. */
const FIELDS: { [K in NodeKind]: readonly Exclude<keyof NodeOfKind<K>, 'kind'>[] } = {
  Actor: ['key', 'name', 'category', 'aliases'],
  Objective: ['key', 'number', 'title', 'shortTitle', 'paragraphRef'],
  Paragraph: ['key', 'number', 'letter', 'item', 'order', 'section', 'objectiveNumber', 'text'],
  Quote: ['key', 'text', 'highlights', 'paragraphRef', 'sourceLine'],
  ReferencePhrase: ['key', 'wording', 'group', 'sourceLine'],
  EntryPoint: ['key', 'level', 'objectiveNumber', 'action', 'engagement', 'sourceLine'],
};

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
 * The node of the model from its stored properties (already native values). Read statements project
 * nodes as `n {.*, searchText: null}`: every property but the index text, which is as long as the
 * text itself and never read back (it made the flagship's link rows half as large again).
 */
export function nodeFrom<K extends NodeKind>(kind: K, properties: Record<string, unknown>): NodeOfKind<K> {
  const node: Record<string, unknown> = { kind };
  for (const field of FIELDS[kind]) node[field as string] = properties[field as string] ?? null;
  return node as unknown as NodeOfKind<K>;
}

/** A node read with its label: `{ label: labels(n)[0], properties: properties(n) }`. */
export function labelledNode(row: { label: string; properties: Record<string, unknown> }): GraphNode {
  return nodeFrom(row.label as NodeKind, row.properties);
}
