// `npm run seed`: loads the extracted graph into the Neo4j of NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
//
// Constraints and the full-text index come first (schema statements run on their own). Then every data
// write, the removal of what the extracted graph no longer has included, runs in ONE write transaction:
// a failure part-way rolls back and readers keep the previous graph. The graph is a few hundred nodes;
// at a much larger scale a staged swap (load beside, then switch) would replace the single transaction.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ConfigError, loadConfig } from '../src/config.ts';
import { globalIdOf } from '../src/graph/global-id.ts';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES, type GraphData, type GraphRelationship } from '../src/graph/model.ts';
import { cypher, cypherNames, cypherTemplate, labelLiteral, relationshipTypeLiteral } from '../src/store/neo4j/cypher.ts';
import { acquireDriver, releaseDriver, type Neo4jTarget } from '../src/store/neo4j/driver.ts';
import { propertiesOf } from '../src/store/neo4j/nodes.ts';
import { int, toNative } from '../src/store/neo4j/run.ts';
import { loadSeedGraph } from './extract.ts';

/** Rows per UNWIND statement. */
const BATCH_SIZE = 1_000;
const INDEX_WAIT_SECONDS = 120;

export interface Neo4jCounts {
  /** Nodes by label and relationships by type, each sorted by name. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface SeedResult {
  hash: string;
  merged: { nodes: number; relationships: number };
  deleted: { nodes: number; relationships: number };
  counts: Neo4jCounts;
  elapsedMs: number;
}

export interface SeedTarget extends Neo4jTarget {
  NEO4J_DATABASE?: string | undefined;
}

/** A content hash of the graph, independent of the order the extractor lists things in. */
export function graphHash(graph: GraphData): string {
  const nodes = graph.nodes.map((node) => JSON.stringify(node)).sort();
  const relationships = graph.relationships.map((r) => JSON.stringify([r.type, globalIdOf(r.from), globalIdOf(r.to), r.sourceLine ?? null])).sort();
  return createHash('sha256').update(JSON.stringify({ nodes, relationships })).digest('hex');
}

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH_SIZE) result.push(rows.slice(start, start + BATCH_SIZE));
  return result;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const relationshipId = (r: GraphRelationship) => `${globalIdOf(r.from)}>${globalIdOf(r.to)}`;

async function single(tx: ManagedTransaction, query: string, parameters: Record<string, unknown>, column: string): Promise<number> {
  const result = await tx.run(query, parameters);
  return toNative(result.records[0]?.get(column) ?? 0) as number;
}

/** All data writes of the seed, in the one transaction `tx`. */
async function writeGraph(tx: ManagedTransaction, graph: GraphData, hash: string) {
  const merged = { nodes: 0, relationships: 0 };
  const deleted = { nodes: 0, relationships: 0 };
  const nodesByKind = groupBy(graph.nodes, (node) => node.kind);

  for (const kind of NODE_KINDS) {
    const query = cypherTemplate('seed/merge-nodes', { label: labelLiteral(kind) });
    for (const rows of batches(nodesByKind.get(kind) ?? [])) {
      merged.nodes += await single(tx, query, { rows: rows.map((node) => ({ key: node.key, properties: propertiesOf(node) })) }, 'merged');
    }
  }

  const relationshipGroups = groupBy(graph.relationships, (r) => `${r.type}|${r.from.kind}|${r.to.kind}`);
  for (const group of relationshipGroups.values()) {
    const { type, from, to } = group[0]!;
    const query = cypherTemplate('seed/merge-relationships', {
      fromLabel: labelLiteral(from.kind),
      toLabel: labelLiteral(to.kind),
      type: relationshipTypeLiteral(type),
    });
    for (const rows of batches(group)) {
      const count = await single(
        tx,
        query,
        {
          rows: rows.map((r) => ({
            fromKey: r.from.key,
            toKey: r.to.key,
            properties: r.sourceLine === undefined ? {} : { sourceLine: int(r.sourceLine) },
          })),
        },
        'merged',
      );
      // A relationship whose end is missing matches nothing; fail (and roll back) rather than load less than extracted.
      if (count !== rows.length) throw new Error(`${type}: ${rows.length - count} of ${rows.length} relationships have an end that is not in the graph`);
      merged.relationships += count;
    }
  }

  const relationshipsByType = groupBy(graph.relationships, (r) => r.type);
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const ids = (relationshipsByType.get(type) ?? []).map(relationshipId);
    deleted.relationships += await single(tx, cypherTemplate('seed/delete-stale-relationships', { type: relationshipTypeLiteral(type) }), { ids }, 'deleted');
  }
  for (const kind of NODE_KINDS) {
    const keys = (nodesByKind.get(kind) ?? []).map((node) => node.key);
    deleted.nodes += await single(tx, cypherTemplate('seed/delete-stale-nodes', { label: labelLiteral(kind) }), { keys }, 'deleted');
  }

  await tx.run(cypher('seed/seed-version'), {
    hash,
    nodeCount: int(graph.nodes.length),
    relationshipCount: int(graph.relationships.length),
  });
  return { merged, deleted };
}

/** Node counts by label and relationship counts by type, as the database holds them now. */
export async function countGraph(driver: Driver, database?: string): Promise<Neo4jCounts> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher('seed/counts')));
    const row = toNative(result.records[0]!.toObject()) as { nodes: { name: string; count: number }[]; relationships: { name: string; count: number }[] };
    const byName = (entries: { name: string; count: number }[]) => Object.fromEntries(entries.map(({ name, count }) => [name, count]));
    return { nodes: byName(row.nodes), relationships: byName(row.relationships) };
  } finally {
    await session.close();
  }
}

/**
 * Loads `graph` into Neo4j: schema first, then all data in one transaction. Idempotent: seeding the
 * same graph twice leaves the same nodes and relationships. A graph Neo4j refuses part-way (a
 * property it cannot store, a relationship to a missing node) rolls back and leaves the previous graph.
 */
export async function seedNeo4j(target: Driver | SeedTarget, graph: GraphData, database?: string): Promise<SeedResult> {
  const started = performance.now();
  const ownDriver = !('session' in target);
  const driver = ownDriver ? acquireDriver(target) : target;
  const databaseName = ownDriver ? target.NEO4J_DATABASE : database;
  try {
    const session = driver.session({ database: databaseName, defaultAccessMode: neo4j.session.WRITE });
    try {
      // Schema statements cannot share a transaction with data writes; each is idempotent (IF NOT EXISTS).
      for (const name of cypherNames('schema')) await session.run(cypher(name));
      await session.run(cypher('seed/await-indexes'), { timeoutSeconds: int(INDEX_WAIT_SECONDS) });
      const hash = graphHash(graph);
      const { merged, deleted } = await session.executeWrite((tx) => writeGraph(tx, graph, hash));
      const counts = await countGraph(driver, databaseName);
      return { hash, merged, deleted, counts, elapsedMs: Math.round(performance.now() - started) };
    } finally {
      await session.close();
    }
  } finally {
    if (ownDriver) await releaseDriver(driver);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.NEO4J_URI) throw new ConfigError('NEO4J_URI is not set: nothing to seed (the embedded store needs no seed).');
  const { graph } = loadSeedGraph();
  const result = await seedNeo4j({ ...config, NEO4J_URI: config.NEO4J_URI }, graph);
  const lines = [
    `Seeded ${config.NEO4J_URI}${config.NEO4J_DATABASE ? ` (${config.NEO4J_DATABASE})` : ''} in ${result.elapsedMs} ms, graph ${result.hash.slice(0, 12)}`,
    `  merged ${result.merged.nodes} nodes and ${result.merged.relationships} relationships; removed ${result.deleted.nodes} stale nodes and ${result.deleted.relationships} stale relationships`,
    ...Object.entries(result.counts.nodes).map(([label, count]) => `  (:${label}) ${count}`),
    ...Object.entries(result.counts.relationships).map(([type, count]) => `  [:${type}] ${count}`),
  ];
  console.log(lines.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `seed failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
