// `npm run seed -- --import`: fills a NEW Neo4j data directory with Neo4j's offline importer (`neo4j-admin
// database import full` of the embedded version, run by tools/neo4j-local), many times faster than
// transactions for a large graph. The seed writes the graph as CSV files (nodes per label, relationships
// per type, the derived links too), the launcher imports them into the default database before it
// starts, and then, over Bolt, the seed creates the schema and writes the SeedVersion exactly as the
// transactional seed does: a server cannot tell the two apart.
//
// Only for a database that does not exist yet: the importer builds a store from nothing. An existing
// database is seeded, guarded and atomically, by the transactional seed (load-neo4j.ts).
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { KINDS } from '../src/graph/catalogue.ts';
import { deriveObjectiveLinks, LINK_RELATIONSHIP_TYPE } from '../src/graph/links.ts';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES, type GraphData } from '../src/graph/model.ts';
import { cypherTemplate, fragmentLiteral, labelLiteral } from '../src/store/neo4j/cypher.ts';
import { propertiesOf } from '../src/store/neo4j/nodes.ts';
import { int } from '../src/store/neo4j/run.ts';
import { startNeo4jLocal, type Neo4jLocal } from '../tools/neo4j-local-api.mjs';
import { countGraph, createSchema, graphHash, writeSeedVersion, type SeedResult } from './load-neo4j.ts';

/** Between the items of a list property: a control character no text of the graph holds (checked). */
const ARRAY_DELIMITER = '\u001f';
const IMPORT_TIMEOUT_MS = 30 * 60_000;

/** The import was refused before anything was written: the data directory holds a database already. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
}

/** The graph holds a value the importer's CSV cannot carry as the transactional seed stores it. */
export class ImportEncodingError extends Error {
  override name = 'ImportEncodingError';
}

type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]';

interface CsvRow {
  /** The key of the node, or the keys of the relationship's two ends. */
  ids: string[];
  properties: Record<string, unknown>;
}

/** One CSV file: the nodes of one label or the relationships of one type, with the properties they are stored with. */
interface CsvTable {
  /** `Label` or `TYPE`, as --nodes=Label=file and --relationships=TYPE=file name it. */
  name: string;
  entity: 'nodes' | 'relationships';
  /** The header cells of the id columns: `key:ID(Actor)`, or `:START_ID(Quote)` and `:END_ID(Paragraph)`. */
  idHeaders: string[];
  columns: string[];
  rows: CsvRow[];
}

/** A list property that some row holds empty: the importer leaves it out, the seed sets it to [] after. */
export interface EmptyList {
  entity: 'nodes' | 'relationships';
  name: string;
  property: string;
}

function nodeTables(graph: GraphData): CsvTable[] {
  return NODE_KINDS.map((kind) => {
    const nodes = graph.nodes.filter((node) => node.kind === kind);
    const columns = (KINDS[kind].fields as readonly string[]).filter((field) => field !== 'key');
    if (KINDS[kind].searchText) columns.push('searchText');
    // The key is the id column (its own id space per label) and is stored as the property `key`.
    return {
      name: kind,
      entity: 'nodes',
      idHeaders: [`key:ID(${kind})`],
      columns,
      rows: nodes.map((node) => {
        const { key, ...properties } = propertiesOf(node);
        return { ids: [key as string], properties };
      }),
    };
  });
}

function relationshipTables(graph: GraphData): CsvTable[] {
  const tables: CsvTable[] = RELATIONSHIP_TYPE_NAMES.map((type) => {
    const ends = RELATIONSHIP_TYPES[type];
    const relationships = graph.relationships.filter((r) => r.type === type);
    const wrong = relationships.find((r) => r.from.kind !== ends.from || r.to.kind !== ends.to);
    if (wrong) throw new Error(`${type} joins ${ends.from} → ${ends.to}, not ${wrong.from.kind} → ${wrong.to.kind}`);
    return {
      name: type,
      entity: 'relationships',
      idHeaders: [`:START_ID(${ends.from})`, `:END_ID(${ends.to})`],
      columns: ['sourceLine'],
      rows: relationships.map((r) => ({
        ids: [r.from.key, r.to.key],
        properties: { sourceLine: r.sourceLine === undefined ? null : int(r.sourceLine) },
      })),
    };
  });
  // The same properties as cypher/seed/create-links.cypher writes.
  tables.push({
    name: LINK_RELATIONSHIP_TYPE,
    entity: 'relationships',
    idHeaders: [':START_ID(Actor)', ':END_ID(Objective)'],
    columns: ['basis', 'paragraphKeys', 'quoteKeys'],
    rows: deriveObjectiveLinks(graph).map((link) => ({
      ids: [link.actor.key, link.objective.key],
      properties: {
        basis: link.basis,
        paragraphKeys: link.paragraphs.map((paragraph) => paragraph.key),
        quoteKeys: link.quotes.map((quote) => quote.key),
      },
    })),
  });
  return tables;
}

function typeOf(value: unknown): ColumnType | null {
  if (neo4j.isInt(value)) return 'long';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'string[]';
  return null;
}

/**
 * The one type of each column, from the values as the transactional seed stores them (propertiesOf), and
 * the list columns that some row holds empty. Refuses what a column of CSV cannot carry: two types in
 * one column, a list property missing on some row (it would come back as []), an unknown property.
 */
function columnTypes(table: CsvTable): { types: Map<string, ColumnType>; emptyLists: EmptyList[] } {
  const types = new Map<string, ColumnType>(table.columns.map((column) => [column, 'string']));
  const emptyLists: EmptyList[] = [];
  for (const column of table.columns) {
    let type: ColumnType | undefined;
    let missing = false;
    let empty = false;
    for (const row of table.rows) {
      const value = row.properties[column];
      if (value === null || value === undefined) {
        missing = true;
        continue;
      }
      const valueType = typeOf(value);
      if (!valueType) throw new ImportEncodingError(`${table.name}.${column} holds a value the importer cannot store`);
      if (type && valueType !== type) throw new ImportEncodingError(`${table.name}.${column} holds both ${type} and ${valueType} values`);
      type = valueType;
      if (valueType === 'string[]' && (value as string[]).length === 0) empty = true;
    }
    if (type === 'string[]' && missing && empty) throw new ImportEncodingError(`${table.name}.${column} is missing on some rows and empty on others`);
    if (type) types.set(column, type);
    if (empty) emptyLists.push({ entity: table.entity, name: table.name, property: column });
  }
  const unknown = table.rows.flatMap((row) => Object.keys(row.properties)).find((property) => !types.has(property));
  if (unknown) throw new ImportEncodingError(`${table.name} has a property ${unknown} that its CSV file has no column for`);
  return { types, emptyLists };
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** One CSV cell as the importer reads it with the arguments of importArguments(): an empty cell is no property. */
export function csvCell(value: unknown, what: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) {
    // An empty list would read back as no property; the seed fills those in after the import.
    for (const item of value as string[]) {
      if (item === '' || item.includes(ARRAY_DELIMITER)) {
        throw new ImportEncodingError(`${what} holds a list item that is empty or contains U+001F, which the import cannot carry`);
      }
    }
    return value.length === 0 ? '' : quoted(value.join(ARRAY_DELIMITER));
  }
  return String(value);
}

async function writeTable(dir: string, table: CsvTable): Promise<{ file: string; emptyLists: EmptyList[] }> {
  const { types, emptyLists } = columnTypes(table);
  const file = join(dir, `${table.entity}-${table.name}.csv`);
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${[...table.idHeaders, ...table.columns.map((column) => `${column}:${types.get(column)}`)].join(',')}\n`);
  for (const row of table.rows) {
    const what = `${table.name} ${row.ids.join(' → ')}`;
    await write(`${[...row.ids.map((id) => quoted(id)), ...table.columns.map((column) => csvCell(row.properties[column], `${what}, ${column}`))].join(',')}\n`);
  }
  out.end();
  await once(out, 'finish');
  return { file, emptyLists };
}

/** The importer's arguments: the files, and how they are written (no skipping of bad rows: a bad row fails the import). */
function importArguments(files: { entity: 'nodes' | 'relationships'; name: string; file: string }[], reportFile: string): string[] {
  return [
    ...files.map(({ entity, name, file }) => `--${entity}=${name}=${file}`),
    '--array-delimiter=U+001F',
    '--multiline-fields=true',
    '--strict=true',
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${reportFile}`,
  ];
}

/**
 * Writes the CSV files of `graph` and the importer's arguments file into `dir`. Returns the arguments
 * file and the list properties the seed must set to [] once the database runs.
 */
export async function writeImportFiles(graph: GraphData, dir: string): Promise<{ argumentsFile: string; emptyLists: EmptyList[] }> {
  const written = [];
  for (const table of [...nodeTables(graph), ...relationshipTables(graph)]) {
    if (table.rows.length === 0) continue;
    written.push({ entity: table.entity, name: table.name, ...(await writeTable(dir, table)) });
  }
  const argumentsFile = join(dir, 'import-arguments.txt');
  await writeFile(argumentsFile, `${importArguments(written, join(dir, 'import.report')).join('\n')}\n`);
  return { argumentsFile, emptyLists: written.flatMap((table) => table.emptyLists) };
}

const RELATIONSHIP_TYPE_LITERALS = Object.fromEntries([...RELATIONSHIP_TYPE_NAMES, LINK_RELATIONSHIP_TYPE].map((type) => [type, type]));

function fillStatement(list: EmptyList): string {
  return list.entity === 'nodes'
    ? cypherTemplate('seed/fill-empty-node-lists', { label: labelLiteral(list.name) })
    : cypherTemplate('seed/fill-empty-relationship-lists', { type: fragmentLiteral(RELATIONSHIP_TYPE_LITERALS, list.name) });
}

/** The launcher's default database in `dataDir`; the import is refused when it exists. */
export function databaseDirOf(dataDir: string): string {
  return join(resolve(dataDir), 'data', 'databases', 'neo4j');
}

/** The default database's store and transaction logs (the system database keeps its record; a missing store starts empty). */
async function removeDatabase(dataDir: string): Promise<void> {
  await rm(databaseDirOf(dataDir), { recursive: true, force: true });
  await rm(join(resolve(dataDir), 'data', 'transactions', 'neo4j'), { recursive: true, force: true });
}

export interface ImportSeedOptions {
  /** The launcher's data directory (NEO4J_DATA_DIR); its default database must not exist yet. */
  dataDir: string;
  /** Called with each stderr line of the launcher (the importer's progress among them). */
  log?: (line: string) => void;
  timeoutMs?: number;
}

export interface ImportSeedResult extends SeedResult {
  mode: 'import';
  /** Of writeMs: writing the CSV files; the importer's own run (as the launcher reports it); starting the database. */
  csvMs: number;
  importMs: number;
  startMs: number;
}

/**
 * Seeds a new database in `dataDir` by offline import, then leaves it running: the caller stops it (or
 * serves from it). `graph` must have passed loadUsableGraph, as for the transactional seed. The elapsed
 * time counts everything from the CSV files to the counts; writeMs runs from the CSV files to the
 * database being ready, with the empty lists filled in.
 */
export async function importSeed(graph: GraphData, { dataDir, log, timeoutMs = IMPORT_TIMEOUT_MS }: ImportSeedOptions): Promise<{ result: ImportSeedResult; neo4j: Neo4jLocal }> {
  const started = performance.now();
  const databaseDir = databaseDirOf(dataDir);
  if (existsSync(databaseDir)) {
    throw new ImportRefusedError(
      `refused: ${databaseDir} already holds a database. The import only fills a new data directory; ` +
        `seed an existing database with npm run seed (without --import), which replaces its graph in one transaction`,
    );
  }
  const hash = graphHash(graph);
  const csvDir = await mkdtemp(join(tmpdir(), 'gcm-graph-import-'));
  let local: Neo4jLocal | undefined;
  try {
    const { argumentsFile, emptyLists } = await writeImportFiles(graph, csvDir);
    const csvDone = performance.now();
    let importMs = 0;
    local = await startNeo4jLocal({
      dataDir,
      importArgumentsFile: argumentsFile,
      timeoutMs,
      log: (line) => {
        const imported = /^neo4j-local: imported in (\d+) ms$/.exec(line);
        if (imported) importMs = Number(imported[1]);
        log?.(line);
      },
    });
    const ready = performance.now();
    const driver = neo4j.driver(local.uri);
    try {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        for (const list of emptyLists) await session.run(fillStatement(list), { property: list.property });
        const writeMs = performance.now() - started;
        await createSchema(session);
        const schemaMs = performance.now() - started - writeMs;
        await session.executeWrite((tx) => writeSeedVersion(tx, graph, hash));
        const counts = await countGraph(driver);
        const links = counts.relationships[LINK_RELATIONSHIP_TYPE] ?? 0;
        return {
          result: {
            hash,
            mode: 'import',
            merged: { nodes: graph.nodes.length, relationships: graph.relationships.length },
            deleted: { nodes: 0, relationships: 0 },
            links,
            counts,
            elapsedMs: Math.round(performance.now() - started),
            schemaMs: Math.round(schemaMs),
            writeMs: Math.round(writeMs),
            csvMs: Math.round(csvDone - started),
            importMs,
            startMs: Math.round(ready - csvDone - importMs),
          },
          neo4j: local,
        };
      } finally {
        await session.close();
      }
    } finally {
      await driver.close();
    }
  } catch (error) {
    // The data directory had no database before: a failed seed leaves none either, so it can be run again.
    await local?.stop();
    await removeDatabase(dataDir);
    throw error;
  } finally {
    await rm(csvDir, { recursive: true, force: true });
  }
}
