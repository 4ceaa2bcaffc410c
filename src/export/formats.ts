// The whole graph as files other tools open: GraphML and GEXF (Gephi, Cytoscape, yEd), CSV (spreadsheets,
// Gephi's spreadsheet import, LOAD CSV), JSON, and as linked data, Turtle and JSON-LD (RDF tools; see
// linked-data.ts). Pure: GraphData in, file contents out; the CLI (src/export/cli.ts) writes them to disk
// and src/export/http.ts serves them.
import { stringify } from 'csv-stringify/sync';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import { globalIdOf } from '../graph/global-id.ts';
import { RELATIONSHIP_TYPE_NAMES, type GraphData, type GraphNode, type GraphRelationship, type RelationshipType } from '../graph/model.ts';
import { displayName } from '../graph/catalogue.ts';
import type { Iris } from '../graph/vocabulary.ts';
import { graphTriples, toJsonLd, toTurtle } from './linked-data.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'ttl', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  contentType: string;
  content: string;
}

type AttributeValue = string | number;

interface Attribute {
  name: string;
  type: 'string' | 'int';
}

/** A list field as one value: the source's own separator never holds " | ". */
const LIST_SEPARATOR = ' | ';

/**
 * A node's attributes, flat: its kind, key and a display label first, then every field of the model
 * (lists joined by " | "); null fields are left out.
 */
export function nodeAttributes(node: GraphNode): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = { kind: node.kind, key: node.key, label: displayName(node) };
  for (const [field, value] of Object.entries(node)) {
    if (field === 'kind' || field === 'key' || value === null || value === undefined) continue;
    attributes[field] = Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as AttributeValue);
  }
  return attributes;
}

export function edgeId(relationship: GraphRelationship): string {
  return `${relationship.type}:${globalIdOf(relationship.from)}->${globalIdOf(relationship.to)}`;
}

function relationshipAttributes(relationship: GraphRelationship): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = { type: relationship.type };
  if (relationship.sourceLine !== undefined) attributes.sourceLine = relationship.sourceLine;
  return attributes;
}

/** Every attribute name in first-seen order, typed int where every value is an integer. */
function attributesOf(records: Record<string, AttributeValue>[]): Attribute[] {
  const types = new Map<string, Attribute['type']>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = Number.isInteger(value) ? 'int' : 'string';
      if (types.get(name) !== 'string') types.set(name, type);
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

export function toGraphML(data: GraphData): string {
  const nodes = data.nodes.map(nodeAttributes);
  const edges = data.relationships.map(relationshipAttributes);
  const nodeKeys = attributesOf(nodes);
  const edgeKeys = attributesOf(edges);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  // Key ids name the attribute, prefixed by what it is for: GraphML needs them unique across nodes and edges.
  for (const key of nodeKeys) root.ele('key', { id: `n-${key.name}`, for: 'node', 'attr.name': key.name, 'attr.type': key.type });
  for (const key of edgeKeys) root.ele('key', { id: `e-${key.name}`, for: 'edge', 'attr.name': key.name, 'attr.type': key.type });
  root.ele('key', { id: 'e-label', for: 'edge', 'attr.name': 'label', 'attr.type': 'string' });
  const graph = root.ele('graph', { id: 'gcm-graph', edgedefault: 'directed' });
  data.nodes.forEach((node, i) => {
    const element = graph.ele('node', { id: globalIdOf(node) });
    for (const [name, value] of Object.entries(nodes[i]!)) element.ele('data', { key: `n-${name}` }).txt(String(value));
  });
  data.relationships.forEach((relationship, i) => {
    const element = graph.ele('edge', { id: edgeId(relationship), source: globalIdOf(relationship.from), target: globalIdOf(relationship.to) });
    for (const [name, value] of Object.entries(edges[i]!)) element.ele('data', { key: `e-${name}` }).txt(String(value));
    element.ele('data', { key: 'e-label' }).txt(relationship.type);
  });
  return root.end({ prettyPrint: true });
}

export function toGEXF(data: GraphData): string {
  const graph = new MultiDirectedGraph<Record<string, AttributeValue>, Record<string, AttributeValue>>();
  for (const node of data.nodes) graph.addNode(globalIdOf(node), nodeAttributes(node));
  for (const relationship of data.relationships) {
    graph.addDirectedEdgeWithKey(edgeId(relationship), globalIdOf(relationship.from), globalIdOf(relationship.to), relationshipAttributes(relationship));
  }
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: String(attributes.label), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type), attributes }),
  });
}

/** nodes.csv (Id and Label first, as Gephi's spreadsheet import reads them) and one CSV per relationship type (Source, Target). */
export function toCSV(data: GraphData): ExportFile[] {
  const nodes = data.nodes.map(nodeAttributes);
  // `Label` (Gephi's column) already holds the display label.
  const columns = attributesOf(nodes)
    .map((attribute) => attribute.name)
    .filter((name) => name !== 'label');
  const nodeRows = data.nodes.map((node, i) => [globalIdOf(node), nodes[i]!.label, ...columns.map((column) => nodes[i]![column] ?? '')]);
  const files: ExportFile[] = [{ name: 'nodes.csv', contentType: CONTENT_TYPES.csv, content: stringify([['Id', 'Label', ...columns], ...nodeRows]) }];
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const rows = data.relationships
      .filter((relationship) => relationship.type === type)
      .map((relationship) => [globalIdOf(relationship.from), globalIdOf(relationship.to), type, relationship.sourceLine ?? '']);
    files.push({ name: relationshipFile(type), contentType: CONTENT_TYPES.csv, content: stringify([['Source', 'Target', 'Label', 'sourceLine'], ...rows]) });
  }
  return files;
}

export function relationshipFile(type: RelationshipType): string {
  return `${type}.csv`;
}

export function toJSON(data: GraphData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export const CONTENT_TYPES = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
} as const satisfies Record<ExportFormat, string>;

/** The files of one format; the linked data names its nodes under `iris` (PUBLIC_BASE_URL). */
export async function exportFiles(data: GraphData, format: ExportFormat, iris: Iris): Promise<ExportFile[]> {
  switch (format) {
    case 'ttl':
      return [{ name: 'graph.ttl', contentType: CONTENT_TYPES.ttl, content: await toTurtle(graphTriples(data, iris)) }];
    case 'jsonld':
      return [{ name: 'graph.jsonld', contentType: CONTENT_TYPES.jsonld, content: await toJsonLd(graphTriples(data, iris), iris) }];
    case 'graphml':
      return [{ name: 'graph.graphml', contentType: CONTENT_TYPES.graphml, content: toGraphML(data) }];
    case 'gexf':
      return [{ name: 'graph.gexf', contentType: CONTENT_TYPES.gexf, content: toGEXF(data) }];
    case 'json':
      return [{ name: 'graph.json', contentType: CONTENT_TYPES.json, content: toJSON(data) }];
    case 'csv':
      return toCSV(data);
  }
}

/** Every file name an export may have, with the format that makes it: graph.graphml, nodes.csv, MENTIONS.csv, … */
export const EXPORT_FILE_NAMES: ReadonlyMap<string, ExportFormat> = new Map<string, ExportFormat>([
  ['graph.graphml', 'graphml'],
  ['graph.gexf', 'gexf'],
  ['graph.json', 'json'],
  ['graph.ttl', 'ttl'],
  ['graph.jsonld', 'jsonld'],
  ['nodes.csv', 'csv'],
  ...RELATIONSHIP_TYPE_NAMES.map((type) => [relationshipFile(type), 'csv'] as [string, ExportFormat]),
]);
