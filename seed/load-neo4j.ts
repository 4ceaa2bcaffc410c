// `npm run seed`: loads the extracted graph into the Neo4j of NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
//
// Constraints and the full-text index come first (schema statements run on their own). Then every data
// write, the removal of what the extracted graph no longer has included, runs in ONE write transaction:
// a failure part-way rolls back and readers keep the previous graph. Into an empty database the writes
// CREATE instead of MERGE; a large graph (the benchmark's synthetic ones) into an empty database commits
// batch by batch instead (bulkLoad). A large graph over a previous one would need a staged swap (load
// beside, then switch); the real graph is a few hundred nodes.
//
// Bad data never replaces good data: the source must pass the invariants of check:data before anything
// is written (loadUsableGraph), and a seed that would remove more than SEED_MAX_SHRINK_PERCENT of the
// graph in the database rolls back unless run with --allow-shrink.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { ConfigError, DEFAULT_SEED_MAX_SHRINK_PERCENT, loadConfig } from '../src/config.ts';
import { globalIdOf } from '../src/graph/global-id.ts';
import { deriveObjectiveLinks, LINK_RELATIONSHIP_TYPE } from '../src/graph/links.ts';
import { NODE_KINDS, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type GraphData, type GraphRelationship } from '../src/graph/model.ts';
import { SEARCHED_KINDS } from '../src/graph/catalogue.ts';
import { cypher, cypherNames, cypherTemplate, labelLiteral, labelsLiteral, relationshipTypeLiteral, schemaNameLiteral } from '../src/store/neo4j/cypher.ts';
import { acquireDriver, releaseDriver, type Neo4jTarget } from '../src/store/neo4j/driver.ts';
import { propertiesOf } from '../src/store/neo4j/nodes.ts';
import { int, toNative } from '../src/store/neo4j/run.ts';
import { loadUsableGraph } from './extract.ts';

/** Rows per UNWIND statement: large enough that per-statement overhead is small, small enough to stream. */
const BATCH_SIZE = 10_000;
/** Below this many relationships the whole graph fits one transaction comfortably (the real one has ~900). */
const BULK_MIN_RELATIONSHIPS = 50_000;
/** Rows per transaction of a bulk load: ten batches, well within the transaction memory of a 2 GB heap. */
const BULK_TRANSACTION_ROWS = 100_000;
const INDEX_WAIT_SECONDS = 120;

export interface Neo4jCounts {
  /** Nodes by label and relationships by type, each sorted by name. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface SeedResult {
  hash: string;
  /**
   * merge: over a previous graph, in one transaction; create: into an empty database, in one transaction;
   * bulk: see bulkLoad; import: a new database filled by Neo4j's offline importer (seed/import-neo4j.ts).
   */
  mode: 'merge' | 'create' | 'bulk' | 'import';
  merged: { nodes: number; relationships: number };
  deleted: { nodes: number; relationships: number };
  /** The derived actor–objective links written (LINKED_TO, src/graph/links.ts), all of them anew on every seed. */
  links: number;
  counts: Neo4jCounts;
  elapsedMs: number;
  /** Of elapsedMs: the constraints and indexes; the data writes, commits included (not the hash or the counts). */
  schemaMs: number;
  writeMs: number;
}

export interface SeedOptions {
  /** Relationships from which a seed into an empty database goes in batches of their own transactions. */
  bulkThreshold?: number;
  /**
   * Largest share, in percent, of the nodes or of the relationships in the database that the seed may
   * remove (the derived links aside); more rolls the seed back with a ShrinkRefusedError. 100 allows any.
   */
  maxShrinkPercent?: number;
}

/** The seed would remove more of the graph than allowed; it was rolled back. Its message is one line. */
export class ShrinkRefusedError extends Error {
  override name = 'ShrinkRefusedError';
}

export interface SeedTarget extends Neo4jTarget {
  NEO4J_DATABASE?: string | undefined;
}

/** How each template of cypher/schema/ is filled from the catalogue; the other files run as written. */
const SCHEMA_TEMPLATES: Record<string, () => string[]> = {
  'schema/01-node-key': () =>
    NODE_KINDS.map((kind) => cypherTemplate('schema/01-node-key', { name: schemaNameLiteral(kind, 'key'), label: labelLiteral(kind) })),
  'schema/10-search-fulltext': () => [cypherTemplate('schema/10-search-fulltext', { labels: labelsLiteral(SEARCHED_KINDS) })],
};

/** The schema statements in the order of cypher/schema/, templates filled: a new kind needs no schema file of its own. */
export function schemaStatements(): string[] {
  return cypherNames('schema').flatMap((name) => SCHEMA_TEMPLATES[name]?.() ?? [cypher(name)]);
}

/**
 * Drops the full-text index when it covers other kinds than the catalogue searches, so that the schema
 * step makes it anew: CREATE ... IF NOT EXISTS keeps an index of that name whatever it covers.
 */
async function dropSearchIndexOfOtherKinds(session: Session): Promise<void> {
  const [record] = (await session.run(cypher('seed/search-index-labels'))).records;
  if (!record) return;
  const indexed = (record.get('labels') as string[]).toSorted();
  const searched = SEARCHED_KINDS.toSorted();
  if (indexed.join('|') !== searched.join('|')) await session.run(cypher('seed/drop-search-index'));
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

const relationshipId = (r: GraphRelationship) => `${r.type}|${globalIdOf(r.from)}>${globalIdOf(r.to)}`;

async function single(tx: ManagedTransaction, query: string, parameters: Record<string, unknown>, column: string): Promise<number> {
  const result = await tx.run(query, parameters);
  return toNative(result.records[0]?.get(column) ?? 0) as number;
}

/** One UNWIND statement over one batch of rows; its parameters are built when the batch is written. */
interface BatchWrite {
  query: string;
  rowCount: number;
  parameters: () => Record<string, unknown>;
  /** What the rows are, for the error when fewer are written than given. */
  what: string;
}

function nodeWrites(graph: GraphData, create: boolean): BatchWrite[] {
  const nodesByKind = groupBy(graph.nodes, (node) => node.kind);
  return NODE_KINDS.flatMap((kind) => {
    const query = cypherTemplate(create ? 'seed/create-nodes' : 'seed/merge-nodes', { label: labelLiteral(kind) });
    return batches(nodesByKind.get(kind) ?? []).map((nodes) => ({
      query,
      rowCount: nodes.length,
      parameters: () => ({ rows: nodes.map((node) => ({ key: node.key, properties: propertiesOf(node) })) }),
      what: `${kind} nodes`,
    }));
  });
}

/** One statement per type: each type joins one pair of labels (RELATIONSHIP_TYPES), checked here. */
function relationshipWrites(graph: GraphData, create: boolean): BatchWrite[] {
  const relationshipsByType = groupBy(graph.relationships, (r) => r.type);
  return RELATIONSHIP_TYPE_NAMES.flatMap((type) => {
    const ends = RELATIONSHIP_TYPES[type];
    const group = relationshipsByType.get(type) ?? [];
    const wrong = group.find((r) => r.from.kind !== ends.from || r.to.kind !== ends.to);
    if (wrong) throw new Error(`${type} joins ${ends.from} → ${ends.to}, not ${wrong.from.kind} → ${wrong.to.kind}`);
    const query = cypherTemplate(create ? 'seed/create-relationships' : 'seed/merge-relationships', {
      fromLabel: labelLiteral(ends.from),
      toLabel: labelLiteral(ends.to),
      type: relationshipTypeLiteral(type),
    });
    return batches(group).map((relationships) => ({
      query,
      rowCount: relationships.length,
      parameters: () => ({
        fromKeys: relationships.map((r) => r.from.key),
        toKeys: relationships.map((r) => r.to.key),
        sourceLines: relationships.map((r) => (r.sourceLine === undefined ? null : int(r.sourceLine))),
      }),
      what: `${type} relationships`,
    }));
  });
}

/** The derived actor–objective links (src/graph/links.ts) as LINKED_TO relationships. */
function linkWrites(graph: GraphData): BatchWrite[] {
  const query = cypher('seed/create-links');
  return batches(deriveObjectiveLinks(graph)).map((links) => ({
    query,
    rowCount: links.length,
    parameters: () => ({
      actorKeys: links.map((link) => link.actor.key),
      objectiveKeys: links.map((link) => link.objective.key),
      bases: links.map((link) => link.basis),
      paragraphKeys: links.map((link) => link.paragraphs.map((paragraph) => paragraph.key)),
      quoteKeys: links.map((link) => link.quotes.map((quote) => quote.key)),
    }),
    what: `${LINK_RELATIONSHIP_TYPE} links`,
  }));
}

/** Runs one batch; fails when fewer rows were written than given (a relationship whose end is missing matches nothing). */
async function runBatch(tx: ManagedTransaction, write: BatchWrite): Promise<number> {
  const result = await tx.run(write.query, write.parameters());
  const count = toNative(result.records[0]?.get('merged') ?? 0) as number;
  if (count !== write.rowCount) {
    throw new Error(`${write.what}: ${write.rowCount - count} of ${write.rowCount} have an end that is not in the graph`);
  }
  return count;
}

/** The SeedVersion node, written last by every mode: caches compare its hash, and it exists only once all is in. */
export async function writeSeedVersion(tx: ManagedTransaction, graph: GraphData, hash: string): Promise<void> {
  await tx.run(cypher('seed/seed-version'), {
    hash,
    nodeCount: int(graph.nodes.length),
    relationshipCount: int(graph.relationships.length),
  });
}

/** The nodes of the model's labels and the relationships of its types (not the derived links): what a seed may shrink. */
function modelGraphSize(counts: Neo4jCounts): { nodes: number; relationships: number } {
  const sum = (byName: Record<string, number>, names: readonly string[]) => names.reduce((total, name) => total + (byName[name] ?? 0), 0);
  return { nodes: sum(counts.nodes, NODE_KINDS), relationships: sum(counts.relationships, RELATIONSHIP_TYPE_NAMES) };
}

/** Throws ShrinkRefusedError, inside the seed's transaction so that it rolls back, when too much would go. */
function assertShrinkAllowed(before: { nodes: number; relationships: number }, deleted: { nodes: number; relationships: number }, maxPercent: number): void {
  const exceeds = (removed: number, total: number) => removed * 100 > maxPercent * total;
  if (!exceeds(deleted.nodes, before.nodes) && !exceeds(deleted.relationships, before.relationships)) return;
  const share = (removed: number, total: number) => `${removed} of ${total} ${total === 0 ? '' : `(${Number(((removed * 100) / total).toFixed(1))}%) `}`;
  throw new ShrinkRefusedError(
    `refused: the new graph would remove ${share(deleted.nodes, before.nodes)}nodes and ${share(deleted.relationships, before.relationships)}relationships ` +
      `from the graph in the database, more than the ${maxPercent}% allowed (SEED_MAX_SHRINK_PERCENT); nothing was changed. ` +
      `Check the source with npm run check:data, or seed again with --allow-shrink if the graph is meant to shrink`,
  );
}

/** All data writes of the seed, in the one transaction `tx`: readers see the previous graph or the new one. */
async function writeGraph(tx: ManagedTransaction, graph: GraphData, hash: string, empty: boolean, maxShrinkPercent: number) {
  const merged = { nodes: 0, relationships: 0 };
  const deleted = { nodes: 0, relationships: 0 };
  // Read in this transaction, so the guard compares with exactly the graph the seed replaces.
  const before = empty ? null : modelGraphSize(countsOf(await tx.run(cypher('seed/counts'))));
  // Into an empty database, CREATE: no lookup before each write, and nothing stale to remove afterwards.
  merged.nodes = await runPipelined(tx, nodeWrites(graph, empty));
  merged.relationships = await runPipelined(tx, relationshipWrites(graph, empty));
  if (!empty) {
    deleted.relationships = await single(
      tx,
      cypher('seed/delete-stale-relationships'),
      { types: RELATIONSHIP_TYPE_NAMES, ids: graph.relationships.map(relationshipId) },
      'deleted',
    );
    deleted.nodes = await single(tx, cypher('seed/delete-stale-nodes'), { labels: NODE_KINDS, ids: graph.nodes.map(globalIdOf) }, 'deleted');
    assertShrinkAllowed(before!, deleted, maxShrinkPercent);
    await single(tx, cypher('seed/delete-links'), {}, 'deleted');
  }
  const links = await runPipelined(tx, linkWrites(graph));
  await writeSeedVersion(tx, graph, hash);
  return { merged, deleted, links };
}

/**
 * A large graph into an empty database: the batches go in transactions of about BULK_TRANSACTION_ROWS
 * rows each, so that no transaction has to hold the whole graph (a million relationships exceed a 2 GB
 * heap's transaction memory). Readers of the empty database may see it fill. On failure the database is
 * emptied again, which is the state it had before; the SeedVersion node is written last, so it only
 * exists once all is in.
 */
async function bulkLoad(driver: Driver, database: string | undefined, graph: GraphData, hash: string) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const writeAll = async (writes: BatchWrite[]) => {
    let total = 0;
    for (const group of transactionGroups(writes)) total += await session.executeWrite((tx) => runPipelined(tx, group));
    return total;
  };
  try {
    const nodes = await writeAll(nodeWrites(graph, true));
    const relationships = await writeAll(relationshipWrites(graph, true));
    const links = await writeAll(linkWrites(graph));
    await session.executeWrite((tx) => writeSeedVersion(tx, graph, hash));
    return { merged: { nodes, relationships }, deleted: { nodes: 0, relationships: 0 }, links };
  } catch (error) {
    await emptyDatabase(driver, database);
    throw error;
  } finally {
    await session.close();
  }
}

/** Consecutive batches of about BULK_TRANSACTION_ROWS rows together. */
function transactionGroups(writes: BatchWrite[]): BatchWrite[][] {
  const groups: BatchWrite[][] = [];
  let rows = Infinity;
  for (const write of writes) {
    if (rows >= BULK_TRANSACTION_ROWS) {
      groups.push([]);
      rows = 0;
    }
    groups.at(-1)!.push(write);
    rows += write.rowCount;
  }
  return groups;
}

/**
 * Runs the batches in order in one transaction, each sent before the previous one's result is back:
 * the driver packs the next batch while the database writes this one. Returns the rows written.
 */
async function runPipelined(tx: ManagedTransaction, writes: BatchWrite[]): Promise<number> {
  let total = 0;
  let previous: Promise<number> = Promise.resolve(0);
  for (const write of writes) {
    const current = runBatch(tx, write);
    // Awaited below; until then a failure must not count as unhandled.
    current.catch(() => {});
    total += await previous;
    previous = current;
  }
  return total + (await previous);
}

/** Deletes every node and relationship, in batches of their own transactions. */
export async function emptyDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(cypher('seed/empty-database'));
  } finally {
    await session.close();
  }
}

/** The result of seed/counts.cypher as counts by name. */
function countsOf(result: QueryResult): Neo4jCounts {
  const row = toNative(result.records[0]!.toObject()) as { nodes: { name: string; count: number }[]; relationships: { name: string; count: number }[] };
  const byName = (entries: { name: string; count: number }[]) => Object.fromEntries(entries.map(({ name, count }) => [name, count]));
  return { nodes: byName(row.nodes), relationships: byName(row.relationships) };
}

/** Node counts by label and relationship counts by type, as the database holds them now. */
export async function countGraph(driver: Driver, database?: string): Promise<Neo4jCounts> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return countsOf(await session.executeRead((tx) => tx.run(cypher('seed/counts'))));
  } finally {
    await session.close();
  }
}

/** The constraints and indexes of cypher/schema/, then a wait until all are online (the full-text index included). */
export async function createSchema(session: Session): Promise<void> {
  // Schema statements cannot share a transaction with data writes; each is idempotent (IF NOT EXISTS).
  await dropSearchIndexOfOtherKinds(session);
  for (const statement of schemaStatements()) await session.run(statement);
  await session.run(cypher('seed/await-indexes'), { timeoutSeconds: int(INDEX_WAIT_SECONDS) });
}

/**
 * Loads `graph` into Neo4j: schema first, then all data in one transaction. Idempotent: seeding the
 * same graph twice leaves the same nodes and relationships. A graph Neo4j refuses part-way (a
 * property it cannot store, a relationship to a missing node) rolls back and leaves the previous graph.
 * Into an empty database it CREATEs rather than MERGEs; a graph of `bulkThreshold` relationships or more
 * going into an empty database is loaded in batches of their own transactions (see bulkLoad). A graph that
 * would remove more than `maxShrinkPercent` of the one in the database rolls back (ShrinkRefusedError).
 */
export async function seedNeo4j(
  target: Driver | SeedTarget,
  graph: GraphData,
  database?: string,
  { bulkThreshold = BULK_MIN_RELATIONSHIPS, maxShrinkPercent = DEFAULT_SEED_MAX_SHRINK_PERCENT }: SeedOptions = {},
): Promise<SeedResult> {
  const started = performance.now();
  const ownDriver = !('session' in target);
  const driver = ownDriver ? acquireDriver(target) : target;
  const databaseName = ownDriver ? target.NEO4J_DATABASE : database;
  try {
    const session = driver.session({ database: databaseName, defaultAccessMode: neo4j.session.WRITE });
    try {
      await createSchema(session);
      const schemaMs = performance.now() - started;
      const hash = graphHash(graph);
      const empty = (await session.executeRead((tx) => tx.run(cypher('seed/graph-is-empty')))).records[0]!.get('empty') as boolean;
      const bulk = empty && graph.relationships.length >= bulkThreshold;
      const writeStarted = performance.now();
      const { merged, deleted, links } = bulk
        ? await bulkLoad(driver, databaseName, graph, hash)
        : await session.executeWrite((tx) => writeGraph(tx, graph, hash, empty, maxShrinkPercent));
      const writeMs = performance.now() - writeStarted;
      const counts = await countGraph(driver, databaseName);
      return {
        hash,
        mode: bulk ? 'bulk' : empty ? 'create' : 'merge',
        merged,
        deleted,
        links,
        counts,
        elapsedMs: Math.round(performance.now() - started),
        schemaMs: Math.round(schemaMs),
        writeMs: Math.round(writeMs),
      };
    } finally {
      await session.close();
    }
  } finally {
    if (ownDriver) await releaseDriver(driver);
  }
}

const USAGE = 'usage: npm run seed [-- --source PATH] [--allow-shrink | --import [--data-dir DIR]]';

/** A command-line mistake; its message is one line. */
class UsageError extends Error {}

function parseCommandLine() {
  let values;
  try {
    values = parseArgs({
      options: {
        source: { type: 'string' },
        'allow-shrink': { type: 'boolean', default: false },
        import: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
  if (values.import && values['allow-shrink']) throw new UsageError(`--allow-shrink has no meaning with --import, which fills a new database; ${USAGE}`);
  if (values['data-dir'] !== undefined && !values.import) throw new UsageError(`--data-dir goes with --import (the transactional seed uses NEO4J_URI); ${USAGE}`);
  return values;
}

function summary(target: string, result: SeedResult): string {
  return [
    `Seeded ${target} in ${result.elapsedMs} ms (${result.mode}), graph ${result.hash.slice(0, 12)}`,
    `  merged ${result.merged.nodes} nodes and ${result.merged.relationships} relationships; removed ${result.deleted.nodes} stale nodes and ${result.deleted.relationships} stale relationships; wrote ${result.links} actor–objective links ([:${LINK_RELATIONSHIP_TYPE}], derived)`,
    ...Object.entries(result.counts.nodes).map(([label, count]) => `  (:${label}) ${count}`),
    ...Object.entries(result.counts.relationships).map(([type, count]) => `  [:${type}] ${count}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const options = parseCommandLine();
  const config = loadConfig();
  if (!options.import && !config.NEO4J_URI) throw new ConfigError('NEO4J_URI is not set: nothing to seed (the embedded store needs no seed).');
  // Checked before connecting or importing: a damaged source never reaches the database.
  const { graph } = loadUsableGraph(options.source ?? config.SEED_SOURCE);
  if (options.import) {
    // The launcher's data directory, as npm run neo4j:local reads it; Neo4j is stopped again once seeded.
    const dataDir = resolve(options['data-dir'] ?? (process.env.NEO4J_DATA_DIR || '.neo4j'));
    // Loaded only here: the import runs the launcher of a checkout (tools/neo4j-local), which dist/ does not ship.
    const { importSeed } = await import('./import-neo4j.ts');
    const { result, neo4j: local } = await importSeed(graph, { dataDir });
    await local.stop();
    console.log(summary(dataDir, result));
    console.log(`  CSV ${result.csvMs} ms, import ${result.importMs} ms, start ${result.startMs} ms, schema ${result.schemaMs} ms; serve it with NEO4J_DATA_DIR=${dataDir} npm run neo4j:local`);
    return;
  }
  const maxShrinkPercent = options['allow-shrink'] ? 100 : config.SEED_MAX_SHRINK_PERCENT;
  const result = await seedNeo4j({ ...config, NEO4J_URI: config.NEO4J_URI! }, graph, undefined, { maxShrinkPercent });
  console.log(summary(`${config.NEO4J_URI}${config.NEO4J_DATABASE ? ` (${config.NEO4J_DATABASE})` : ''}`, result));
}

/** `npm run seed`: runs the command line, one line on failure and exit code 1. */
export function runSeedCommand(): void {
  main().catch((error: unknown) => {
    // One line, no stack: what went wrong and, where there is one, what to do about it.
    const message = (error as Error).message.replace(/\s*\n\s*/g, ' ');
    console.error(error instanceof ConfigError || error instanceof UsageError ? message : `seed failed: ${message}`);
    process.exit(1);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runSeedCommand();
