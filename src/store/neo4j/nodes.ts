// How a node of the model is stored as Neo4j properties, and read back into the same object.
import { KINDS, searchableText } from '../../graph/catalogue.ts';
import { NODE_KINDS, type GraphNode, type NodeKind, type NodeOfKind } from '../../graph/model.ts';
import type { Projection } from '../graph-store.ts';
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
 * kind in the catalogue: the export's whole nodes (`properties(n)`).
 */
export function nodeFrom<K extends NodeKind>(kind: K, properties: Record<string, unknown>): NodeOfKind<K> {
  const node: Record<string, unknown> = { kind };
  for (const field of KINDS[kind].fields) node[field as string] = properties[field as string] ?? null;
  return node as unknown as NodeOfKind<K>;
}

/** A node exported with its label: `{ label: labels(n)[0], properties: properties(n) }`. */
export function labelledNode(row: { label: string; properties: Record<string, unknown> }): GraphNode {
  return nodeFrom(row.label as NodeKind, row.properties);
}

/** The properties a read statement sends of each kind, as its `$projection`: `key`, then the projected ones, in the catalogue's order. */
export type SentProperties = Readonly<Record<NodeKind, readonly string[]>>;

/** Every field of every kind: what a call without a projection sends. */
const WHOLE_NODES = Object.fromEntries(NODE_KINDS.map((kind) => [kind, KINDS[kind].fields])) as unknown as SentProperties;

const sentByProjection = new WeakMap<Projection, SentProperties>();

/**
 * What read statements send of each kind for a projection (whole nodes without one): only the catalogue's
 * fields, so a name that is no property sends nothing. Made once per projection, which is made once per document.
 */
export function sentProperties(projection: Projection | undefined): SentProperties {
  if (!projection) return WHOLE_NODES;
  let sent = sentByProjection.get(projection);
  if (!sent) {
    sent = Object.fromEntries(
      NODE_KINDS.map((kind) => [kind, (KINDS[kind].fields as readonly string[]).filter((field) => field === 'key' || projection[kind]?.includes(field))]),
    ) as unknown as SentProperties;
    sentByProjection.set(projection, sent);
  }
  return sent;
}

/**
 * The node of the model from the values a read statement sent (cypher/fragments/node.cypher), in the
 * order of `sent[kind]`. A property not sent is absent: the operation reads none of it.
 */
export function nodeFromValues<K extends NodeKind>(kind: K, values: readonly unknown[], sent: SentProperties): NodeOfKind<K> {
  const node: Record<string, unknown> = { kind };
  const properties = sent[kind];
  for (let i = 0; i < properties.length; i++) node[properties[i]!] = values[i] ?? null;
  return node as unknown as NodeOfKind<K>;
}

/** A node read with its label: `{ label: labels(n)[0], properties: <node.cypher> }`. */
export function labelledNodeFromValues(row: { label: string; properties: readonly unknown[] }, sent: SentProperties): GraphNode {
  return nodeFromValues(row.label as NodeKind, row.properties, sent);
}
