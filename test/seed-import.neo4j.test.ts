// The offline import (npm run seed -- --import) against the transactional seed: a second Neo4j, started
// by the launcher over a new data directory that the importer filled, must hold exactly what the Neo4j
// of test/setup/neo4j-global.ts holds after the transactional seed (every node and relationship with its
// properties and their types, the schema, the seed version), and answer the whole API contract.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { databaseDirOf, ImportRefusedError, importSeed, type ImportSeedResult } from '../seed/import-neo4j.ts';
import { countGraph, graphHash, seedNeo4j } from '../seed/load-neo4j.ts';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import { toNative } from '../src/store/neo4j/run.ts';
import { Neo4jGraphStore } from '../src/store/neo4j/store.ts';
import type { Neo4jLocal } from '../tools/neo4j-local-api.mjs';
import { contractSuite } from './contract/suite.ts';
import { runScript } from './run-script.ts';
import { neo4jTestConfig } from './setup/neo4j.ts';
import { writeSourceCopies } from './source-copies.ts';

const { graph } = loadSeedGraph();

let imported: { dataDir: string; result: ImportSeedResult; neo4j: Neo4jLocal } | undefined;
let importing: Promise<NonNullable<typeof imported>> | undefined;

/** The imported Neo4j, started once for the whole file (the contract suite's beforeAll asks for it too). */
function importedNeo4j() {
  importing ??= (async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-import-test-'));
    const { result, neo4j: local } = await importSeed(graph, { dataDir });
    imported = { dataDir, result, neo4j: local };
    return imported;
  })();
  return importing;
}

afterAll(async () => {
  await imported?.neo4j.stop();
  if (imported) await rm(imported.dataDir, { recursive: true, force: true });
});

/**
 * Every node with its labels, properties and their Cypher types, and every relationship with its ends,
 * properties and types, as sorted JSON lines. The SeedVersion's seededAt is left out: it is the time of the seed.
 */
async function typedSnapshotOf(driver: Driver, database?: string): Promise<string[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // Test-only reads of the whole (small) graph.
    const nodes = await session.run(
      "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties, [k IN keys(n) WHERE k <> 'seededAt' | k + ': ' + valueType(n[k])] AS types",
    );
    const relationships = await session.run(
      "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] + ':' + a.key AS from, labels(b)[0] + ':' + b.key AS to, properties(r) AS properties, [k IN keys(r) | k + ': ' + valueType(r[k])] AS types",
    );
    return [...nodes.records, ...relationships.records]
      .map((record) => {
        const row = toNative(record.toObject()) as { properties: Record<string, unknown>; types: string[] };
        delete row.properties.seededAt;
        row.types.sort();
        return JSON.stringify(row, (_, value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value));
      })
      .sort();
  } finally {
    await session.close();
  }
}

/** The constraints and indexes by name, type, labels and properties (their ids and states aside). */
async function schemaOf(driver: Driver, database?: string): Promise<string[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const indexes = await session.run('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options RETURN name, type, labelsOrTypes, properties, options.indexConfig AS config');
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties');
    return [...indexes.records, ...constraints.records].map((record) => JSON.stringify(toNative(record.toObject()))).sort();
  } finally {
    await session.close();
  }
}

describe('npm run seed -- --import: a new database filled by the offline importer', () => {
  let seeded: Driver;
  let importedDriver: Driver;

  beforeAll(async () => {
    const { neo4j: local } = await importedNeo4j();
    seeded = acquireDriver(neo4jTestConfig());
    importedDriver = acquireDriver({ ...neo4jTestConfig(), NEO4J_URI: local.uri });
    // The other files leave the extracted graph in the shared Neo4j; seeding it again makes sure (idempotent).
    await seedNeo4j(seeded, graph, neo4jTestConfig().NEO4J_DATABASE);
  });
  afterAll(async () => {
    await releaseDriver(importedDriver);
    await releaseDriver(seeded);
  });

  it('holds what the transactional seed writes: every node and relationship, each property with its type, the schema and the seed version', async () => {
    const { result } = imported!;
    const expected = await typedSnapshotOf(seeded, neo4jTestConfig().NEO4J_DATABASE);
    const actual = await typedSnapshotOf(importedDriver);
    expect(actual).toHaveLength(expected.length);
    expect(actual).toEqual(expected);
    // Not vacuous: the graph has empty lists, which the importer cannot write and the seed fills in after it.
    expect(expected.some((line) => line.includes('"highlights":[]'))).toBe(true);
    expect(expected.some((line) => line.includes('"quoteKeys":[]'))).toBe(true);

    expect(await schemaOf(importedDriver)).toEqual(await schemaOf(seeded, neo4jTestConfig().NEO4J_DATABASE));
    expect(result.mode).toBe('import');
    expect(result.hash).toBe(graphHash(graph));
    expect(result.counts).toEqual(await countGraph(seeded, neo4jTestConfig().NEO4J_DATABASE));
    expect(result.merged).toEqual({ nodes: graph.nodes.length, relationships: graph.relationships.length });
    expect(actual.filter((line) => line.includes('"SeedVersion"'))).toEqual([
      expect.stringContaining(`"hash":"${graphHash(graph)}","key":"current","nodeCount":${graph.nodes.length},"relationshipCount":${graph.relationships.length}`),
    ]);
  });

  it('refuses a data directory that holds a database, before writing anything, in one line from npm run seed -- --import', async () => {
    const { dataDir } = imported!;
    const before = await typedSnapshotOf(importedDriver);
    await expect(importSeed(graph, { dataDir })).rejects.toThrow(ImportRefusedError);
    const { code, stdout, stderr } = await runScript('seed/load-neo4j.ts', ['--import', '--data-dir', dataDir], { SEED_SOURCE: '', NEO4J_URI: '' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `seed failed: refused: ${databaseDirOf(dataDir)} already holds a database. The import only fills a new data directory; seed an existing database with npm run seed (without --import), which replaces its graph in one transaction`,
    ]);
    expect(await typedSnapshotOf(importedDriver)).toEqual(before);
  }, 120_000);

  it('runs the same guard as the transactional seed: a damaged source is refused before anything is imported', async () => {
    const copies = writeSourceCopies();
    const dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-import-damaged-'));
    try {
      const { code, stdout, stderr } = await runScript('seed/load-neo4j.ts', ['--import', '--data-dir', dataDir, '--source', copies.damaged.half!], { SEED_SOURCE: '', NEO4J_URI: '' });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^seed failed: .*half\.txt is damaged, nothing was loaded: /)]);
      expect(existsSync(databaseDirOf(dataDir))).toBe(false);
    } finally {
      copies.remove();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

// The imported Neo4j is a cold JVM: its first plans can take seconds on a loaded machine, as in contract.neo4j.test.ts's research suite.
contractSuite('neo4j seeded by import', async () =>
  Neo4jGraphStore.connect({ ...neo4jTestConfig({ NEO4J_TX_TIMEOUT_MS: '30000' }), NEO4J_URI: (await importedNeo4j()).neo4j.uri }),
);
