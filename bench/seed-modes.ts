// `npm run bench:seed`: the two ways of seeding an EMPTY database, side by side at each scale factor
// (bench/scale.ts): the transactional seed (CREATE, bulk batches at scale) into a new running Neo4j,
// and the offline import (npm run seed -- --import) into a new data directory. Each run gets a fresh
// Neo4j with the settings of bench/run.ts; the modes alternate per factor, so both see the same load.
// Prints a Markdown table (relationships/s counts the model's relationships, as bench/run.ts does).
//
// Env: BENCH_SEED_FACTORS (1,100,1000), BENCH_SEED_MODES (transactional,import).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeedGraph } from '../seed/extract.ts';
import { importSeed } from '../seed/import-neo4j.ts';
import { seedNeo4j, type SeedResult } from '../seed/load-neo4j.ts';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import { startNeo4jLocal } from '../tools/neo4j-local-api.mjs';
import { scaleGraph } from './scale.ts';

const FACTORS = (process.env.BENCH_SEED_FACTORS ?? '1,100,1000').split(',').map(Number);
const MODES = (process.env.BENCH_SEED_MODES ?? 'transactional,import').split(',');
const log = (line: string) => process.stderr.write(`${line}\n`);
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

// As bench/run.ts starts its Neo4j.
process.env.NEO4J_HEAP = '2g';
process.env.NEO4J_PAGECACHE = '512m';
process.env.NEO4J_TX_TIMEOUT = '1h';

interface Row {
  factor: number;
  mode: 'transactional' | 'import';
  relationships: number;
  seed: SeedResult & { csvMs?: number; importMs?: number; startMs?: number };
  /** Starting the empty Neo4j the transactional seed writes into (the import's start is inside its writeMs). */
  neo4jStartMs: number;
  load: string;
}

async function transactional(factor: number, graph: ReturnType<typeof scaleGraph>): Promise<Row> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-bench-seed-'));
  const load = uptime();
  const started = performance.now();
  const local = await startNeo4jLocal({ port: 0, dataDir });
  const neo4jStartMs = Math.round(performance.now() - started);
  const driver = acquireDriver({ NEO4J_URI: local.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' });
  try {
    const seed = await seedNeo4j(driver, graph);
    return { factor, mode: 'transactional', relationships: graph.relationships.length, seed, neo4jStartMs, load };
  } finally {
    await releaseDriver(driver);
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function offlineImport(factor: number, graph: ReturnType<typeof scaleGraph>): Promise<Row> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-bench-import-'));
  const load = uptime();
  try {
    const { result, neo4j } = await importSeed(graph, { dataDir });
    await neo4j.stop();
    return { factor, mode: 'import', relationships: graph.relationships.length, seed: result, neo4jStartMs: 0, load };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const perSecond = (count: number, ms: number) => `${Math.round(count / (ms / 1000) / 100) / 10}k`;

const { graph } = loadSeedGraph();
const rows: Row[] = [];
for (const factor of FACTORS) {
  const scaled = scaleGraph(graph, factor);
  for (const [mode, run] of [['transactional', transactional], ['import', offlineImport]] as const) {
    if (!MODES.includes(mode)) continue;
    const row = await run(factor, scaled);
    log(`factor ${factor} ${row.mode}: ${row.relationships} relationships, ${row.seed.elapsedMs} ms (writes ${row.seed.writeMs} ms); ${row.load}`);
    rows.push(row);
  }
}

console.log(
  [
    '| factor | nodes | relationships | mode | seed ms | of which writes ms | relationships/s (writes) | relationships/s (whole seed) | import: CSV / importer / start ms | load average at start |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) =>
      [
        '',
        row.factor,
        row.seed.merged.nodes,
        row.relationships,
        row.seed.mode,
        row.seed.elapsedMs,
        row.seed.writeMs,
        perSecond(row.relationships, row.seed.writeMs),
        perSecond(row.relationships, row.seed.elapsedMs),
        row.mode === 'import' ? `${row.seed.csvMs} / ${row.seed.importMs} / ${row.seed.startMs}` : `(Neo4j start ${row.neo4jStartMs} ms, not counted)`,
        row.load.replace(/^.*load average: /, ''),
        '',
      ].join(' | ').trim(),
    ),
  ].join('\n'),
);
