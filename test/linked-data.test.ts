import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadSeedGraph } from '../seed/extract.ts';
import { graphHash } from '../seed/load-neo4j.ts';
import { loadConfig } from '../src/config.ts';
import { EXPORT_FORMATS, exportFiles } from '../src/export/formats.ts';
import { graphTriples } from '../src/export/linked-data.ts';
import { negotiate } from '../src/export/resolver.ts';
import { NODE_KINDS } from '../src/graph/model.ts';
import { Iris } from '../src/graph/vocabulary.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { linkedDataSuite, parseTurtle } from './contract/linked-data.ts';
import { executorFor } from './helpers.ts';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const { graph } = loadSeedGraph();

linkedDataSuite('memory', async () => new MemoryGraphStore(graph));

describe('PUBLIC_BASE_URL', () => {
  it('is where every IRI is minted, whatever origin the request came to', async () => {
    const { fetch } = executorFor(new MemoryGraphStore(graph), { PUBLIC_BASE_URL: 'https://gcm.example.org/' });
    const quads = parseTurtle(await (await fetch('/id/Actor/iom', { headers: { accept: 'text/turtle' } })).text());
    expect(quads.length).toBeGreaterThan(3);
    expect(new Set(quads.map((quad) => quad.subject.value))).toEqual(new Set(['https://gcm.example.org/id/Actor/iom']));
    expect((await fetch('/id/Actor/iom', { headers: { accept: 'text/html' } })).headers.get('location')).toBe('https://gcm.example.org/#Actor%3Aiom');
  });

  it('refuses what is not an http(s) URL without query or fragment, with one line', () => {
    for (const value of ['gcm.example.org', 'ftp://gcm.example.org', 'https://gcm.example.org/?a=1', 'https://gcm.example.org/#x']) {
      expect(() => loadConfig({ PUBLIC_BASE_URL: value }), value).toThrow(/^Invalid environment variable PUBLIC_BASE_URL: must be an http:\/\/ or https:\/\/ URL/);
    }
    expect(loadConfig({}).PUBLIC_BASE_URL).toBeUndefined();
  });
});

describe('content negotiation', () => {
  it('takes the most specific range, the highest quality, the server\'s order on ties', () => {
    expect(negotiate(null)).toBe('text/turtle');
    expect(negotiate('*/*')).toBe('text/turtle');
    expect(negotiate('application/ld+json')).toBe('application/ld+json');
    expect(negotiate('application/json')).toBe('application/ld+json');
    expect(negotiate('text/*;q=0.5, application/ld+json;q=0.4')).toBe('text/turtle');
    expect(negotiate('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('text/html');
    expect(negotiate('text/turtle;q=0, */*;q=0.1')).toBe('application/ld+json');
    expect(negotiate('image/png')).toBeNull();
  });
});

describe('npm run export: linked data and the release', () => {
  it('writes graph.ttl and graph.jsonld, as the server serves them, with IRIs under PUBLIC_BASE_URL', async () => {
    const out = await mkdtemp(join(tmpdir(), 'gcm-ld-'));
    try {
      const env = { ...process.env, NEO4J_URI: '', PUBLIC_BASE_URL: 'https://gcm.example.org' };
      const { stdout } = await run('npx', ['tsx', 'src/export/cli.ts', '--format', 'ttl', '--format', 'jsonld', '--out', out], { cwd: ROOT, env });
      expect(stdout).toContain(`wrote ${join(out, 'graph.ttl')}`);
      expect((await readdir(out)).sort()).toEqual(['graph.jsonld', 'graph.ttl']);
      const data = await new MemoryGraphStore(graph).exportGraph();
      const [expected] = await exportFiles(data, 'ttl', new Iris('https://gcm.example.org'));
      expect(await readFile(join(out, 'graph.ttl'), 'utf8')).toBe(expected!.content);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('--release DIR writes every format, CITATION.cff and a manifest with the counts, the seed version and a sha256 for each file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'gcm-release-'));
    try {
      const { stdout } = await run('npx', ['tsx', 'src/export/cli.ts', '--release', out], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', PUBLIC_BASE_URL: '' } });
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
      const data = await new MemoryGraphStore(graph).exportGraph();
      expect(manifest).toMatchObject({ name: 'gcm-graph', version: packageJson.version, releaseDate: packageJson.releaseDate, seedVersion: graphHash(graph), baseUrl: 'http://localhost:4000' });
      expect(stdout).toContain(`seed ${graphHash(graph).slice(0, 12)}`);
      for (const kind of NODE_KINDS) expect(manifest.counts.nodes[kind], kind).toBe(graph.nodes.filter((node) => node.kind === kind).length);
      expect(Object.values(manifest.counts.relationships as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(graph.relationships.length);
      expect(manifest.counts.triples).toBe(graphTriples(data, new Iris('http://localhost:4000')).length);
      expect(new Set(manifest.files.map((file: { format: string }) => file.format))).toEqual(new Set([...EXPORT_FORMATS, 'citation']));
      // Every file of the directory but the manifest is listed, and each matches its size and checksum.
      expect(manifest.files.map((file: { name: string }) => file.name).sort()).toEqual((await readdir(out)).filter((name) => name !== 'manifest.json').sort());
      for (const file of manifest.files as { name: string; bytes: number; sha256: string }[]) {
        const content = await readFile(join(out, file.name));
        expect(content.byteLength, file.name).toBe(file.bytes);
        expect(createHash('sha256').update(content).digest('hex'), file.name).toBe(file.sha256);
      }
      expect(parseYaml(await readFile(join(out, 'CITATION.cff'), 'utf8')).version).toBe(packageJson.version);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 90_000);
});
