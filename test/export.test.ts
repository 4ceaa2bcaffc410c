import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { toGEXF, toGraphML, exportFiles } from '../src/export/formats.ts';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES, type GraphData } from '../src/graph/model.ts';
import { DEFAULT_BASE_URL, Iris } from '../src/graph/vocabulary.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { executorFor } from './helpers.ts';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;

/** The counts `npm run check:data` reports, from the command itself. */
interface Counts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'key', 'data', 'attvalue', 'attribute'].includes(name) });
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

const IRIS = new Iris(DEFAULT_BASE_URL);
let data: GraphData;
let counts: Counts;

beforeAll(async () => {
  data = await new MemoryGraphStore(loadSeedGraph().graph).exportGraph();
  const { stdout } = await run('npx', ['tsx', 'seed/check-data.ts', '--json'], { cwd: ROOT });
  counts = JSON.parse(stdout).counts;
}, 60_000);

describe('GraphML export', () => {
  it('is valid XML with every node and edge of check:data, each with its kind, key, label and type', () => {
    const text = toGraphML(data);
    expect(XMLValidator.validate(text)).toBe(true);
    const graphml = xml.parse(text).graphml;
    const nodes = graphml.graph.node;
    const edges = graphml.graph.edge;
    expect(nodes).toHaveLength(sum(counts.nodes));
    expect(edges).toHaveLength(sum(counts.relationships));
    const keyName = new Map(graphml.key.map((key: any) => [key['@id'], key['@attr.name']]));
    const attributesOf = (element: any) => Object.fromEntries(element.data.map((d: any) => [keyName.get(d['@key']), String(d['#text'])]));
    for (const kind of NODE_KINDS) {
      expect(nodes.filter((node: any) => attributesOf(node).kind === kind)).toHaveLength(counts.nodes[kind]!);
    }
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(edges.filter((edge: any) => attributesOf(edge).type === type)).toHaveLength(counts.relationships[type]!);
    }
    const tradeUnions = nodes.find((node: any) => node['@id'] === 'Actor:trade-unions');
    expect(attributesOf(tradeUnions)).toMatchObject({ kind: 'Actor', key: 'trade-unions', label: 'Trade unions', name: 'Trade unions', category: 'NON_STATE' });
    const summary = edges.find((edge: any) => edge['@source'] === 'Actor:trade-unions' && edge['@target'] === 'Objective:18');
    expect(attributesOf(summary)).toMatchObject({ type: 'SUMMARY_LISTS', label: 'SUMMARY_LISTS' });
  });

  it('reads back into a graph (graphology-graphml) with the same counts and attributes', () => {
    const graph = parseGraphml(MultiDirectedGraph, toGraphML(data));
    expect(graph.order).toBe(sum(counts.nodes));
    expect(graph.size).toBe(sum(counts.relationships));
    expect(graph.getNodeAttributes('Objective:6')).toMatchObject({ kind: 'Objective', number: 6, label: expect.stringContaining('Objective 6') });
  });
});

describe('GEXF export', () => {
  it('is valid XML with every node and edge of check:data', () => {
    const text = toGEXF(data);
    expect(XMLValidator.validate(text)).toBe(true);
    const gexf = xml.parse(text).gexf;
    expect(gexf['@version']).toBe('1.3');
    expect(gexf.graph.nodes.node).toHaveLength(sum(counts.nodes));
    expect(gexf.graph.edges.edge).toHaveLength(sum(counts.relationships));
    const labels = new Map(gexf.graph.edges.edge.map((edge: any) => [edge['@id'], edge['@label']]));
    expect(labels.get('MENTIONS:Paragraph:34f->Actor:gfmd')).toBe('MENTIONS');
  });

  it('reads back into a graph (graphology-gexf) with the same counts and attributes', () => {
    const graph = parseGexf(MultiDirectedGraph, toGEXF(data));
    expect(graph.order).toBe(sum(counts.nodes));
    expect(graph.size).toBe(sum(counts.relationships));
    expect(graph.getNodeAttributes('Actor:gfmd')).toMatchObject({ kind: 'Actor', category: 'ISCM', label: 'Global Forum on Migration and Development' });
    const byType = new Map<string, number>();
    graph.forEachEdge((_edge, attributes) => byType.set(attributes.type, (byType.get(attributes.type) ?? 0) + 1));
    expect(Object.fromEntries(byType)).toEqual(counts.relationships);
  });
});

describe('CSV and JSON exports', () => {
  it('has nodes.csv and one CSV per relationship type, with the counts of check:data', async () => {
    const files = await exportFiles(data, 'csv', IRIS);
    expect(files.map((file) => file.name)).toEqual(['nodes.csv', ...RELATIONSHIP_TYPE_NAMES.map((type) => `${type}.csv`)]);
    const nodes = parseCsv(files[0]!.content, { columns: true }) as Record<string, string>[];
    expect(nodes).toHaveLength(sum(counts.nodes));
    expect(nodes.find((row) => row.Id === 'Paragraph:22b')).toMatchObject({ Label: '§22b', kind: 'Paragraph', key: '22b', section: 'OBJECTIVES', objectiveNumber: '6' });
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const rows = parseCsv(files.find((file) => file.name === `${type}.csv`)!.content, { columns: true }) as Record<string, string>[];
      expect(rows, type).toHaveLength(counts.relationships[type]!);
      expect(rows.every((row) => row.Label === type && row.Source!.includes(':') && row.Target!.includes(':'))).toBe(true);
    }
  });

  it('gives the graph as JSON', async () => {
    const json = JSON.parse((await exportFiles(data, 'json', IRIS))[0]!.content) as GraphData;
    expect(json.nodes).toHaveLength(sum(counts.nodes));
    expect(json.relationships).toHaveLength(sum(counts.relationships));
  });
});

describe('npm run export', () => {
  it('writes the files of each format asked for', async () => {
    const out = await mkdtemp(join(tmpdir(), 'gcm-export-'));
    try {
      const { stdout } = await run('npx', ['tsx', 'src/export/cli.ts', '--format', 'graphml', '--format', 'csv', '--out', out], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '' } });
      expect(stdout).toContain(`memory store: ${sum(counts.nodes)} nodes, ${sum(counts.relationships)} relationships`);
      expect((await readdir(out)).sort()).toEqual(['graph.graphml', 'nodes.csv', ...RELATIONSHIP_TYPE_NAMES.map((type) => `${type}.csv`)].sort());
      expect(await readFile(join(out, 'graph.graphml'), 'utf8')).toBe(toGraphML(data));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits 1 with the usage for an unknown format', async () => {
    const failed = await run('npx', ['tsx', 'src/export/cli.ts', '--format', 'pdf'], { cwd: ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('Unknown format pdf');
  }, 60_000);
});

describe('HTTP downloads', () => {
  const { fetch } = executorFor(new MemoryGraphStore(loadSeedGraph().graph));

  it.each([
    ['graph.graphml', 'application/graphml+xml; charset=utf-8'],
    ['graph.gexf', 'application/gexf+xml; charset=utf-8'],
    ['graph.json', 'application/json; charset=utf-8'],
    ['nodes.csv', 'text/csv; charset=utf-8'],
    ['MENTIONS.csv', 'text/csv; charset=utf-8'],
  ])('serves /export/%s as an attachment', async (name, contentType) => {
    const response = await fetch(`/export/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    const body = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    if (name === 'graph.graphml') expect(body).toBe(toGraphML(data));
    if (name === 'MENTIONS.csv') expect(body.trim().split('\n')).toHaveLength(counts.relationships.MENTIONS! + 1);
  });

  it('answers 404 for an unknown export and 405 for a POST', async () => {
    expect((await fetch('/export/graph.pdf')).status).toBe(404);
    expect((await fetch('/export/KNOWS.csv')).status).toBe(404);
    const post = await fetch('/export/graph.json', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
