// npm run bench: our server against the Neo4j GraphQL Library and against two floors, on one seeded
// Neo4j it starts itself, then the same at 10x, 100x and 1000x the graph. Writes bench/results/latest.md,
// its figures as bench/results/latest.json and a chart of req/s per query and system as latest.svg.
//
// Systems, each its own process (none shares an event loop with the load generator, which is this one):
//   ours-neo4j         our server (bench/serve.ts = createApp) on Neo4j
//   ours-neo4j+cache   the same with RESPONSE_CACHE=1
//   ours-memory        our server on the embedded store
//   ours-memory+cache  the same with RESPONSE_CACHE=1
//   neo4j-graphql      @neo4j/graphql 7 over the same database, served by graphql-yoga (bench/peers/neo4j-graphql.ts)
//   cypher-floor       one hand-written Cypher statement per operation through the driver (bench/peers/cypher-floor.ts)
//   graphql-js-floor   graphql-js execute over a precomputed plain object tree (bench/peers/graphql-floor.ts), behind bare node:http
//   graphql-js-floor-yoga  the same execution behind a bare graphql-yoga (no plugins): the floor at our server's transport
//
// Each cell: the answer is checked against our embedded store's (fingerprints in bench/queries.ts), then
// a warm-up, then ROUNDS short autocannon runs, systems interleaved per round; medians are reported.
// Env (for quick runs): BENCH_ROUND_SECONDS (2), BENCH_ROUNDS (3), BENCH_CONNECTIONS (8), BENCH_FACTORS (1,10,100,1000; "none" skips the scale part),
// BENCH_QUERIES (all; e.g. flagship,search: only those rows of the table at factor 1).
// BASELINE_DIR=<another checkout, its npm ci done>: also its server on both stores (ours-neo4j-base on a
// Neo4j of its own seeded by its own seed, ours-memory-base) in the same run, interleaved with ours,
// and a table of ours against it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadSeedGraph } from '../seed/extract.ts';
import { importSeed, type ImportSeedResult } from '../seed/import-neo4j.ts';
import { emptyDatabase, seedNeo4j, type SeedResult } from '../seed/load-neo4j.ts';
import { loadConfig } from '../src/config.ts';
import { Neo4jGraphStore } from '../src/store/neo4j/store.ts';
import { createApp } from '../src/yoga.ts';
import { startNeo4jLocal, type Neo4jLocal } from '../tools/neo4j-local-api.mjs';
import { freePort } from '../tools/server-process.ts';
import { BENCH_QUERIES, FLAGSHIP_PAGED_QUERY, FLAGSHIP_QUERY, type BenchQuery, type QueryName } from './queries.ts';
import { THROUGHPUT_FILES, throughputChart, writeResults, type ThroughputResults } from './charts.ts';
import { actorCopiesOf, scaleGraph } from './scale.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 1;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const FACTORS = (process.env.BENCH_FACTORS ?? '1,10,100,1000').split(',').map(Number).filter((factor) => factor > 0);
/** BENCH_QUERIES=flagship,search: only those rows of the table at factor 1 (the scale part is unchanged). */
const TABLE_QUERIES = process.env.BENCH_QUERIES ? BENCH_QUERIES.filter((query) => process.env.BENCH_QUERIES!.split(',').includes(query.name)) : BENCH_QUERIES;
const SCALE_SECONDS = 4;
/** Neo4j's heap: a 1000x bulk batch and the page cache must fit beside each other. */
const NEO4J_HEAP = '2g';
const NEO4J_PAGECACHE = '512m';

export type SystemName =
  | 'ours-neo4j'
  | 'ours-neo4j+cache'
  | 'ours-memory'
  | 'ours-memory+cache'
  | 'ours-neo4j-base'
  | 'ours-memory-base'
  | 'neo4j-graphql'
  | 'cypher-floor'
  | 'graphql-js-floor'
  | 'graphql-js-floor-yoga';

const BASELINE_DIR = process.env.BASELINE_DIR;

/** How the chart names each system. */
export const SYSTEM_LABELS: Record<SystemName, string> = {
  'ours-neo4j': 'ours on Neo4j',
  'ours-neo4j+cache': 'ours on Neo4j, response cache',
  'ours-memory': 'ours on the embedded store',
  'ours-memory+cache': 'ours on the embedded store, response cache',
  'ours-neo4j-base': 'ours on Neo4j, the BASELINE_DIR checkout',
  'ours-memory-base': 'ours on the embedded store, the BASELINE_DIR checkout',
  'neo4j-graphql': `@neo4j/graphql ${packageVersion('@neo4j/graphql')} on Neo4j`,
  'cypher-floor': 'floor: hand-written Cypher, one statement',
  'graphql-js-floor': 'floor: graphql-js over plain objects, node:http',
  'graphql-js-floor-yoga': 'floor: graphql-js over plain objects, bare Yoga',
};

interface Server {
  name: string;
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

interface Measurement {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

interface Cell extends Measurement {
  rows: number;
  same: boolean;
  roundTrips?: number;
  /** p50 of requests sent one at a time (no queueing): the latency a single user sees, in ms. */
  p50Alone: number;
  /** The req/s of each round, in round order: what the baseline's ratios pair. */
  roundsReqPerSec: number[];
}

const log = (...parts: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The checkout in BASELINE_DIR's system beside each of ours. */
const BASELINE_OF: Partial<Record<SystemName, SystemName>> = { 'ours-neo4j': 'ours-neo4j-base', 'ours-memory': 'ours-memory-base' };

/**
 * One round's steps: each system alone, except that each baseline system shares a step with its
 * counterpart of ours (ours first in even rounds, the baseline first in odd ones). A shared step cuts
 * both runs into slices and alternates them (`sliceOrder`), so that the machine's swings of speed,
 * which last seconds, reach both alike.
 */
export function roundSteps<T extends { system: SystemName }>(runs: readonly T[], round: number): T[][] {
  const baselines = new Set(Object.values(BASELINE_OF));
  return runs.flatMap((run) => {
    if (baselines.has(run.system)) return [];
    const beside = runs.find((other) => other.system === BASELINE_OF[run.system]);
    if (!beside) return [[run]];
    return [round % 2 === 0 ? [run, beside] : [beside, run]];
  });
}

/** The order of a shared step's slices: A B, then B A, and so on, so that neither side always goes first. */
export function sliceOrder<T>([first, second]: readonly [T, T], slices: number): T[] {
  return Array.from({ length: slices }, (_, slice) => (slice % 2 === 0 ? [first, second] : [second, first])).flat();
}

/** Ours over the baseline: the median over the rounds of the ratio of the two runs made side by side in each. */
export function pairedRatio(ours: Pick<Cell, 'roundsReqPerSec'>, base: Pick<Cell, 'roundsReqPerSec'>): number {
  return median(ours.roundsReqPerSec.map((reqPerSec, round) => reqPerSec / base.roundsReqPerSec[round]!));
}

/** Starts `file` with tsx in its own process and resolves once it prints "listening <port>". */
async function startProcess(name: string, file: string, env: Record<string, string>, nodeArgs: string[] = [], cwd = ROOT): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', file], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s: ${stderr.join('').slice(-2000)}`)), 120_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before listening: ${stderr.join('').slice(-2000)}`));
    });
  });
  return {
    name,
    origin: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function ourServer(name: string, env: Record<string, string>, cwd = ROOT) {
  return startProcess(
    name,
    'bench/serve.ts',
    {
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    // Request logs off: the benchmark measures the GraphQL path, not pino writing to a pipe.
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
    GRAPH_STATS: '0',
    GRAPH_STATS_HEADER: '1',
    // The paged flagship at scale (20 actors × 23 objectives × 5 quotes) is over the default page cost.
    MAX_COST: '1000000',
    ...env,
    },
    [],
    cwd,
  );
}

/** How to ask each system for one query: URL, body, and how to read its answer. */
function requestFor(system: SystemName, server: Server, query: BenchQuery): { url: string; body: string; fingerprint: (data: any) => string[] } | null {
  if (system === 'cypher-floor') return { url: `${server.origin}/${query.name}`, body: JSON.stringify(query.variables), fingerprint: query.fingerprint };
  if (system === 'neo4j-graphql') {
    if ('notExpressible' in query.peer) return null;
    return { url: `${server.origin}/graphql`, body: JSON.stringify({ query: query.peer.document, variables: query.peer.variables }), fingerprint: query.peer.fingerprint };
  }
  return { url: `${server.origin}/graphql`, body: JSON.stringify({ query: query.document, variables: query.variables }), fingerprint: query.fingerprint };
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any; bytes: number }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

async function load(url: string, body: string, seconds: number, connections: number): Promise<Measurement> {
  // autocannon ends a run at its first sample tick after `duration`: ticks of 50 ms let a slice of a second end on time.
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds, sampleInt: 50 });
  return {
    // Completed requests over the run's own clock, as the run may end up to a tick late.
    reqPerSec: result.requests.total / ((result.finish.getTime() - result.start.getTime()) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** How many slices each run of a shared step is cut into (roundSteps). */
const PAIR_SLICES = Number(process.env.BENCH_PAIR_SLICES ?? 8);

/** The runs of one step, each `seconds` long in all: a step of two alternates its slices (sliceOrder). */
async function loadStep(runs: readonly { url: string; body: string }[], seconds: number, connections: number): Promise<Measurement[]> {
  if (runs.length === 1) return [await load(runs[0]!.url, runs[0]!.body, seconds, connections)];
  const slices = new Map(runs.map((run) => [run, [] as Measurement[]]));
  for (const run of sliceOrder([runs[0]!, runs[1]!], PAIR_SLICES)) slices.get(run)!.push(await load(run.url, run.body, seconds / PAIR_SLICES, connections));
  return runs.map((run) => {
    const parts = slices.get(run)!;
    return {
      reqPerSec: parts.reduce((total, part) => total + part.reqPerSec, 0) / parts.length,
      p50: median(parts.map((part) => part.p50)),
      p99: median(parts.map((part) => part.p99)),
      errors: parts.reduce((total, part) => total + part.errors, 0),
    };
  });
}

/** The median latency of requests sent one after another for `seconds` (no concurrency, so no queueing), with sub-ms precision. */
async function latencyAlone(url: string, body: string, seconds: number): Promise<number> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return Math.round(median(times) * 100) / 100;
}

// ---------------------------------------------------------------------------------------------------
// PROFILE: the db hits of the statements our Neo4j store runs for each query.

async function dbHitsOf(driver: Driver, query: string, parameters: Record<string, unknown>): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${query}`, parameters);
    const sum = (plan: any): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((total: number, child: any) => total + sum(child), 0);
    return sum(result.summary.profile);
  } finally {
    await session.close();
  }
}

/**
 * The statements our Neo4j store runs for one query, with their parameters, recorded by running the
 * query through our app in this process over a driver whose transactions note what they run.
 */
async function storeStatements(driver: Driver, uri: string, query: BenchQuery): Promise<[string, string, Record<string, unknown>][]> {
  const recorded: [string, Record<string, unknown>][] = [];
  const bind = (target: object, property: string | symbol) => {
    const value = Reflect.get(target, property);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const recordingTx = (tx: object) =>
    new Proxy(tx, {
      get: (target, property) =>
        property === 'run'
          ? (statement: string, parameters: Record<string, unknown>) => {
              recorded.push([statement, parameters]);
              return (target as { run: Function }).run(statement, parameters);
            }
          : bind(target, property),
    });
  const recordingDriver = new Proxy(driver, {
    get: (target, property) =>
      property === 'session'
        ? (config: object) => {
            const session = target.session(config);
            return new Proxy(session, {
              get: (inner, name) =>
                name === 'executeRead'
                  ? (work: (tx: object) => unknown, txConfig: object) => inner.executeRead((tx) => work(recordingTx(tx)) as Promise<unknown>, txConfig)
                  : name === 'run'
                    ? (statement: string, parameters: Record<string, unknown>, txConfig: object) => {
                        recorded.push([statement, parameters]);
                        return inner.run(statement, parameters, txConfig);
                      }
                    : bind(inner, name),
            });
          }
        : bind(target, property),
  });
  const store = await Neo4jGraphStore.connect(loadConfig({ NEO4J_URI: uri }));
  const queries = (store as unknown as { queries: Record<string, string | Record<string, string>> }).queries;
  const names: [string, string][] = Object.entries(queries).flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value] as [string, string]] : Object.entries(value).map(([inner, text]) => [`${name}.${inner}`, text] as [string, string]),
  );
  (store as unknown as { driver: Driver }).driver = recordingDriver;
  try {
    const app = createApp(store, loadConfig({ LOG_LEVEL: 'silent', NEO4J_URI: uri }));
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query.document, variables: query.variables }),
    });
    await response.text();
  } finally {
    (store as unknown as { driver: Driver }).driver = driver;
  }
  // Name each statement by the store's query it came from (a template by the text before its first placeholder).
  const nameOf = (statement: string) =>
    names.find(([, text]) => text === statement)?.[0] ?? names.find(([, text]) => text.includes('{{') && statement.startsWith(text.slice(0, text.indexOf('{{'))))?.[0] ?? 'unknown';
  if (recorded.length === 0) throw new Error(`no statement recorded for ${query.name}: does the store still read through session.run or executeRead?`);
  return recorded.map(([statement, parameters]) => [nameOf(statement), statement, parameters]);
}

// ---------------------------------------------------------------------------------------------------

interface ScaleRow {
  factor: number;
  nodes: number;
  relationships: number;
  seed: SeedResult;
  wipeMs: number;
  memoryHeapMB: number;
  memoryBuildMs: number;
  flagship: { neo4jP50: number; memoryP50: number; quotes: number; bytes: number; neo4jDbHits: number };
  paged: { neo4jP50: number; memoryP50: number; quotes: number; bytes: number };
  /** All objectives with actor counts (the benchmark's objectives query). */
  objectives: { neo4jP50: number; memoryP50: number };
  /** At the largest factor: the same graph by offline import into a new data directory (npm run seed -- --import). */
  imported?: ImportSeedResult;
}

function machine() {
  const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(cpuInfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return { nproc: cpus().length, memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, cpu: model.trim() };
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main() {
  const started = performance.now();
  const loadAtStart = loadavg();
  const dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-bench-'));
  const servers: Server[] = [];
  let local: Neo4jLocal | undefined;
  let baselineLocal: Neo4jLocal | undefined;
  let driver: Driver | undefined;
  const stopAll = async () => {
    await Promise.allSettled(servers.map((server) => server.stop()));
    await driver?.close();
    await local?.stop();
    await baselineLocal?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    log('starting Neo4j');
    process.env.NEO4J_HEAP = NEO4J_HEAP;
    process.env.NEO4J_PAGECACHE = NEO4J_PAGECACHE;
    // Emptying the 1000x graph between factors is one statement (in batches of its own transactions);
    // on a loaded machine it can outlast the launcher's default 30 s transaction timeout.
    process.env.NEO4J_TX_TIMEOUT = '1h';
    local = await startNeo4jLocal({ port: 0, dataDir });
    driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', ''));
    const neo4jVersion = await driver
      .executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name + " " + versions[0] + " " + edition AS version')
      .then((result) => result.records[0]!.get('version') as string);
    const { graph } = loadSeedGraph();
    const firstSeed = await seedNeo4j(driver, graph);
    const secondSeed = await seedNeo4j(driver, graph);
    log(`seeded: fresh ${firstSeed.elapsedMs} ms (${firstSeed.mode}), again ${secondSeed.elapsedMs} ms (${secondSeed.mode})`);
    if (BASELINE_DIR) baselineLocal = await startBaselineNeo4j(BASELINE_DIR, join(dataDir, 'baseline'));

    log('starting the systems');
    const neo4jEnv = { BENCH_STORE: 'neo4j', NEO4J_URI: local.uri };
    const systems = new Map<SystemName, Server>();
    const start = async (name: SystemName, server: Promise<Server>) => {
      const started = await server;
      servers.push(started);
      systems.set(name, started);
    };
    await start('ours-neo4j', ourServer('ours-neo4j', neo4jEnv));
    await start('ours-neo4j+cache', ourServer('ours-neo4j+cache', { ...neo4jEnv, RESPONSE_CACHE: '1' }));
    await start('ours-memory', ourServer('ours-memory', { BENCH_STORE: 'memory' }));
    await start('ours-memory+cache', ourServer('ours-memory+cache', { BENCH_STORE: 'memory', RESPONSE_CACHE: '1' }));
    if (BASELINE_DIR) {
      await start('ours-neo4j-base', ourServer('ours-neo4j-base', { BENCH_STORE: 'neo4j', NEO4J_URI: baselineLocal!.uri }, BASELINE_DIR));
      await start('ours-memory-base', ourServer('ours-memory-base', { BENCH_STORE: 'memory' }, BASELINE_DIR));
    }
    await start('neo4j-graphql', startProcess('neo4j-graphql', 'bench/peers/neo4j-graphql.ts', { NEO4J_URI: local.uri }));
    await start('cypher-floor', startProcess('cypher-floor', 'bench/peers/cypher-floor.ts', { NEO4J_URI: local.uri }));
    await start('graphql-js-floor', startProcess('graphql-js-floor', 'bench/peers/graphql-floor.ts', {}));
    await start('graphql-js-floor-yoga', startProcess('graphql-js-floor-yoga', 'bench/peers/graphql-floor.ts', { FLOOR_TRANSPORT: 'yoga' }));
    const systemNames = [...systems.keys()];

    // ---- The table at factor 1.
    const cells = new Map<string, Cell | { notExpressible: string }>();
    const dbHits = new Map<QueryName, [string, number][]>();
    for (const query of TABLE_QUERIES) {
      const referenceRequest = requestFor('ours-memory', systems.get('ours-memory')!, query)!;
      const reference = query.fingerprint((await post(referenceRequest.url, referenceRequest.body)).json.data);
      const runnable: { system: SystemName; url: string; body: string; cell: Cell }[] = [];
      for (const system of systemNames) {
        const server = systems.get(system)!;
        const request = requestFor(system, server, query);
        if (!request) {
          cells.set(`${query.name}|${system}`, { notExpressible: (query.peer as { notExpressible: string }).notExpressible });
          continue;
        }
        const answer = await post(request.url, request.body, system.startsWith('ours') ? { 'x-graph-stats': '1' } : {});
        if (answer.status !== 200 || answer.json.errors) throw new Error(`${system} ${query.name}: ${answer.status} ${JSON.stringify(answer.json.errors ?? answer.json).slice(0, 500)}`);
        const lines = request.fingerprint(answer.json.data);
        const same = JSON.stringify(lines) === JSON.stringify(reference);
        if (!same) log(`${system} ${query.name}: answer differs from the embedded store's (${lines.length} vs ${reference.length} lines)`);
        const cell: Cell = { rows: lines.length, same, reqPerSec: 0, p50: 0, p99: 0, p50Alone: 0, errors: 0, roundTrips: answer.json.extensions?.stats?.storeRoundTrips, roundsReqPerSec: [] };
        cells.set(`${query.name}|${system}`, cell);
        runnable.push({ system, url: request.url, body: request.body, cell });
      }
      for (const run of runnable) await load(run.url, run.body, WARM_UP_SECONDS, CONNECTIONS);
      const rounds = new Map<SystemName, Measurement[]>();
      for (let round = 0; round < ROUNDS; round++) {
        for (const step of roundSteps(runnable, round)) {
          const measurements = await loadStep(step, ROUND_SECONDS, CONNECTIONS);
          step.forEach((run, index) => rounds.set(run.system, [...(rounds.get(run.system) ?? []), measurements[index]!]));
        }
      }
      for (const run of runnable) run.cell.p50Alone = await latencyAlone(run.url, run.body, ROUND_SECONDS);
      for (const run of runnable) {
        const measured = rounds.get(run.system)!;
        Object.assign(run.cell, {
          reqPerSec: median(measured.map((m) => m.reqPerSec)),
          roundsReqPerSec: measured.map((m) => m.reqPerSec),
          p50: median(measured.map((m) => m.p50)),
          p99: median(measured.map((m) => m.p99)),
          errors: measured.reduce((total, m) => total + m.errors, 0),
        });
      }
      const hits: [string, number][] = [];
      for (const [name, statement, parameters] of await storeStatements(driver, local.uri, query)) hits.push([name, await dbHitsOf(driver, statement, parameters)]);
      dbHits.set(query.name, hits);
      log(
        `${query.name}: ` +
          runnable.map((run) => `${run.system} ${Math.round(run.cell.reqPerSec)} req/s p50 ${run.cell.p50} ms${run.cell.same ? '' : ' (DIFFERS)'}`).join(', '),
      );
    }

    // ---- Scale: seed throughput, embedded heap, flagship p50 at first: 20 on both stores.
    for (const name of ['ours-neo4j+cache', 'ours-memory', 'ours-memory+cache', 'ours-neo4j-base', 'ours-memory-base', 'neo4j-graphql', 'cypher-floor', 'graphql-js-floor', 'graphql-js-floor-yoga'] as const) {
      await systems.get(name)?.stop();
    }
    const ourNeo4j = systems.get('ours-neo4j')!;
    const flagshipBody = JSON.stringify({ query: FLAGSHIP_QUERY, variables: { first: 20 } });
    const pagedBody = JSON.stringify({ query: FLAGSHIP_PAGED_QUERY, variables: { first: 20 } });
    const objectivesQuery = BENCH_QUERIES.find((query) => query.name === 'objectives')!;
    const objectivesBody = JSON.stringify({ query: objectivesQuery.document, variables: objectivesQuery.variables });
    const quotesIn = (data: any): number =>
      (data.actors.edges as any[]).reduce((total, { node }) => total + node.objectives.edges.reduce((sum: number, edge: any) => sum + edge.quotes.length, 0), 0);
    const scaleRows: ScaleRow[] = [];
    for (const factor of FACTORS) {
      const scaled = scaleGraph(graph, factor);
      const wipeStarted = performance.now();
      await emptyDatabase(driver);
      const wipeMs = performance.now() - wipeStarted;
      const seed = await seedNeo4j(driver, scaled);
      log(`factor ${factor}: ${scaled.relationships.length} relationships seeded in ${seed.elapsedMs} ms (${seed.mode}, writes ${seed.writeMs} ms)`);
      const probe = await new Promise<{ heapBytes: number; buildMs: number }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/memory-probe.ts', String(factor)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
        child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`memory probe exited ${code}`))));
      });
      const memoryServer = await ourServer(`ours-memory x${factor}`, { BENCH_STORE: 'memory', BENCH_SCALE: String(factor), NODE_OPTIONS: '--max-old-space-size=6144' });
      servers.push(memoryServer);
      const answers = await Promise.all([ourNeo4j, memoryServer].map((server) => post(`${server.origin}/graphql`, flagshipBody)));
      const [neo4jAnswer, memoryAnswer] = answers;
      for (const answer of answers) if (answer!.status !== 200 || answer!.json.errors) throw new Error(`flagship at factor ${factor}: ${JSON.stringify(answer!.json.errors)}`);
      const same = JSON.stringify(BENCH_QUERIES[0]!.fingerprint(neo4jAnswer!.json.data)) === JSON.stringify(BENCH_QUERIES[0]!.fingerprint(memoryAnswer!.json.data));
      if (!same) log(`factor ${factor}: the stores' flagship answers differ`);
      const quotes = quotesIn(neo4jAnswer!.json.data);
      const pagedAnswer = await post(`${ourNeo4j.origin}/graphql`, pagedBody);
      if (pagedAnswer.status !== 200 || pagedAnswer.json.errors) throw new Error(`paged flagship at factor ${factor}: ${JSON.stringify(pagedAnswer.json.errors)}`);
      const p50s: Record<string, number> = {};
      for (const [name, server, body] of [
        ['neo4j', ourNeo4j, flagshipBody],
        ['memory', memoryServer, flagshipBody],
        ['neo4jPaged', ourNeo4j, pagedBody],
        ['memoryPaged', memoryServer, pagedBody],
        ['neo4jObjectives', ourNeo4j, objectivesBody],
        ['memoryObjectives', memoryServer, objectivesBody],
      ] as const) {
        await load(`${server.origin}/graphql`, body, WARM_UP_SECONDS, 1);
        p50s[name] = await latencyAlone(`${server.origin}/graphql`, body, SCALE_SECONDS);
      }
      await memoryServer.stop();
      servers.splice(servers.indexOf(memoryServer), 1);
      // A fresh database's fast path, at the largest factor only: its own Neo4j, stopped once counted.
      let imported: ImportSeedResult | undefined;
      if (factor === FACTORS.at(-1)) {
        const { result, neo4j: importedNeo4j } = await importSeed(scaled, { dataDir: join(dataDir, `import-${factor}`) });
        await importedNeo4j.stop();
        imported = result;
        log(`factor ${factor}: ${scaled.relationships.length} relationships imported in ${result.elapsedMs} ms (CSV ${result.csvMs}, importer ${result.importMs}, start ${result.startMs}, writes ${result.writeMs} ms)`);
      }
      let neo4jDbHits = 0;
      for (const [, statement, parameters] of await storeStatements(driver, local.uri, BENCH_QUERIES[0]!)) neo4jDbHits += await dbHitsOf(driver, statement, parameters);
      scaleRows.push({
        factor,
        nodes: scaled.nodes.length,
        relationships: scaled.relationships.length,
        seed,
        wipeMs,
        memoryHeapMB: probe.heapBytes / 2 ** 20,
        memoryBuildMs: probe.buildMs,
        flagship: { neo4jP50: p50s.neo4j!, memoryP50: p50s.memory!, quotes, bytes: neo4jAnswer!.bytes, neo4jDbHits },
        paged: { neo4jP50: p50s.neo4jPaged!, memoryP50: p50s.memoryPaged!, quotes: quotesIn(pagedAnswer.json.data), bytes: pagedAnswer.bytes },
        objectives: { neo4jP50: p50s.neo4jObjectives!, memoryP50: p50s.memoryObjectives! },
        imported,
      });
      log(`factor ${factor}: flagship p50 ${JSON.stringify(p50s)}; ${quotes} quotes, ${neo4jAnswer!.bytes} bytes; heap ${Math.round(probe.heapBytes / 2 ** 20)} MB`);
    }

    const input: ReportInput = {
      machine: machine(),
      loadAtStart,
      loadAtEnd: loadavg(),
      neo4jVersion,
      firstSeed,
      secondSeed,
      systemNames,
      cells,
      dbHits,
      scaleRows,
      elapsedS: (performance.now() - started) / 1000,
      baseline: BASELINE_DIR && `commit ${execFileSync('git', ['-C', BASELINE_DIR, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()}`,
    };
    await mkdir(join(ROOT, 'bench/results'), { recursive: true });
    await writeFile(join(ROOT, 'bench/results/latest.md'), renderReport(input));
    await writeResults(THROUGHPUT_FILES, resultsOf(input), throughputChart);
    log(`wrote bench/results/latest.md, latest.json and latest.svg in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    await stopAll();
  }
}

// ---------------------------------------------------------------------------------------------------

interface ReportInput {
  machine: ReturnType<typeof machine>;
  loadAtStart: number[];
  loadAtEnd: number[];
  neo4jVersion: string;
  firstSeed: SeedResult;
  secondSeed: SeedResult;
  systemNames: SystemName[];
  cells: Map<string, Cell | { notExpressible: string }>;
  dbHits: Map<QueryName, [string, number][]>;
  scaleRows: ScaleRow[];
  elapsedS: number;
  /** The baseline checkout's commit, when BASELINE_DIR is set. */
  baseline?: string;
}

/** The report's figures as JSON (bench/results/latest.json): what the chart is drawn from, and for any later reading. */
function resultsOf(input: ReportInput): ThroughputResults & Record<string, unknown> {
  return {
    about: [
      `npm run bench: medians of ${ROUNDS} runs of ${ROUND_SECONDS} s, ${CONNECTIONS} connections, each answer checked equal; ${input.neo4jVersion} on the same machine`,
      `${input.machine.nproc} CPUs (${input.machine.cpu}), node ${process.version}; 1-minute load average ${fixed(input.loadAtStart[0]!, 2)} at the start, ${fixed(input.loadAtEnd[0]!, 2)} at the end (a shared machine)`,
    ],
    command: ['npm run bench', ...benchSettings()].join(' '),
    elapsedS: Math.round(input.elapsedS),
    machine: input.machine,
    loadAtStart: input.loadAtStart,
    loadAtEnd: input.loadAtEnd,
    node: process.version,
    neo4jVersion: input.neo4jVersion,
    systems: input.systemNames.map((name) => ({ name, label: SYSTEM_LABELS[name] })),
    throughput: [...input.cells].map(([key, cell]) => {
      const [query, system] = key.split('|') as [QueryName, SystemName];
      return { query, system, ...cell };
    }),
    dbHits: Object.fromEntries(input.dbHits),
    seeds: { fresh: input.firstSeed, again: input.secondSeed },
    scale: input.scaleRows,
  };
}

/** The environment settings this run was given (NAME=value), for the record. */
function benchSettings(): string[] {
  return ['BENCH_QUERIES', 'BENCH_FACTORS', 'BENCH_ROUNDS', 'BENCH_ROUND_SECONDS', 'BENCH_CONNECTIONS'].filter((name) => process.env[name]).map((name) => `${name}=${process.env[name]}`);
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const ratio = (value: number) => `${value.toFixed(2)}x`;

function renderReport(input: ReportInput): string {
  const { cells } = input;
  const cellOf = (query: QueryName, system: SystemName) => cells.get(`${query}|${system}`);
  const measured = (query: QueryName, system: SystemName) => {
    const cell = cellOf(query, system);
    return cell && !('notExpressible' in cell) ? cell : undefined;
  };

  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Written by \`npm run bench\` (bench/run.ts) in ${Math.round(input.elapsedS)} s. Each cell: the answer checked against the embedded store's, ` +
      `a ${WARM_UP_SECONDS} s warm-up, then ${ROUNDS} runs of ${ROUND_SECONDS} s with ${CONNECTIONS} autocannon connections, the systems interleaved run by run; ` +
      'the medians are shown. The machine is shared (2 cores, other work running: see the load average), so compare within a row, as ratios.',
    '',
  );

  lines.push('## Machine and versions', '');
  lines.push(`- machine: ${input.machine.nproc} CPUs (${input.machine.cpu}), ${input.machine.memoryGiB} GiB memory`);
  lines.push(`- load average (1/5/15 min): ${input.loadAtStart.map((l) => fixed(l, 2)).join(' / ')} at the start, ${input.loadAtEnd.map((l) => fixed(l, 2)).join(' / ')} at the end`);
  lines.push(`- node ${process.version}; ${input.neo4jVersion} (embedded, tools/neo4j-local, heap ${NEO4J_HEAP}, page cache ${NEO4J_PAGECACHE})`);
  lines.push(
    `- packages: ${['graphql', 'graphql-yoga', '@pothos/core', 'dataloader', 'neo4j-driver', '@neo4j/graphql', '@graphql-yoga/plugin-response-cache', 'autocannon']
      .map((name) => `${name} ${packageVersion(name)}`)
      .join(', ')}`,
  );
  const settings = benchSettings();
  lines.push(`- command: \`npm run bench\`${settings.length ? ` with ${settings.join(' ')}` : ''}`);
  lines.push(`- our servers: bench/serve.ts (createApp, as src/server.ts), NODE_ENV=production, LOG_LEVEL=warn, default limits; "+cache" is RESPONSE_CACHE=1`);
  lines.push('');

  lines.push('## Throughput and latency (the real graph, factor 1)', '');
  lines.push('req/s, p50 / p99 in ms under load; "p50 alone": requests sent one at a time for ' + ROUND_SECONDS + ' s (no queueing), in ms; "vs ours-neo4j" is req/s relative to our server on Neo4j. "rows" counts the lines of the answer\'s fingerprint (bench/queries.ts): equal rows and ✓ mean the same data as the embedded store. "trips" is our store round trips for the query.', '');
  lines.push('| query | system | req/s | p50 | p99 | p50 alone | vs ours-neo4j | rows | same | trips | errors |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|');
  for (const query of BENCH_QUERIES) {
    const base = measured(query.name, 'ours-neo4j');
    for (const system of input.systemNames) {
      const cell = cellOf(query.name, system);
      if (!cell) continue;
      if ('notExpressible' in cell) {
        lines.push(`| ${query.name} | ${system} | – | – | – | – | – | – | – | – | ${cell.notExpressible} |`);
        continue;
      }
      lines.push(
        `| ${query.name} | ${system} | ${Math.round(cell.reqPerSec)} | ${cell.p50} | ${cell.p99} | ${cell.p50Alone} | ${base ? ratio(cell.reqPerSec / base.reqPerSec) : '–'} | ${cell.rows} | ${cell.same ? '✓' : '✗'} | ${cell.roundTrips ?? ''} | ${cell.errors} |`,
      );
    }
  }
  lines.push('');
  if (BASELINE_DIR) {
    lines.push('## Against the baseline', '');
    lines.push(
      `Our server beside the checkout in BASELINE_DIR (${input.baseline ?? BASELINE_DIR}), in the same run, on each store: in each of the ${ROUNDS} rounds of the table above ` +
        `the two shared one step: each run cut into ${PAIR_SLICES} slices of ${ROUND_SECONDS / PAIR_SLICES} s, ours and the baseline alternating slice by slice ` +
        '(A B, B A, …; the baseline first in odd rounds). The ratio is the median over the rounds of ours\' req/s over the baseline\'s in the same round, ' +
        'so that the machine\'s swings of speed, which last seconds, reach both alike; the req/s shown are the medians of each. The goal: none below 0.9x.',
      '',
    );
    lines.push('| query | neo4j: ours / base (req/s) | ratio | memory: ours / base (req/s) | ratio |');
    lines.push('|---|---:|---:|---:|---:|');
    for (const query of BENCH_QUERIES) {
      const pair = (ours: SystemName, base: SystemName) => {
        const [a, b] = [measured(query.name, ours), measured(query.name, base)];
        return a && b ? [`${Math.round(a.reqPerSec)} / ${Math.round(b.reqPerSec)}`, ratio(pairedRatio(a, b))] : ['–', '–'];
      };
      lines.push(`| ${query.name} | ${pair('ours-neo4j', 'ours-neo4j-base').join(' | ')} | ${pair('ours-memory', 'ours-memory-base').join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push('Queries:', '');
  for (const query of BENCH_QUERIES) lines.push(`- **${query.name}**: ${query.title}`);
  lines.push('');

  lines.push('## Goals', '');
  lines.push('Issue 15\'s goals, then issue 13\'s (against the baseline, when BASELINE_DIR is set) and the earlier rounds\' goals still kept.', '');
  const goals: string[] = [];
  const verdict = (met: boolean) => (met ? 'met' : 'not met');
  for (const query of BENCH_QUERIES) {
    const ours = measured(query.name, 'ours-neo4j');
    const floor = measured(query.name, 'cypher-floor');
    if (ours && floor) {
      const loaded = ours.p50 / floor.p50;
      const alone = ours.p50Alone / floor.p50Alone;
      goals.push(
        `| ours-neo4j p50 within 1.5x of the Cypher floor: ${query.name} | under load ${ratio(loaded)} (${ours.p50} vs ${floor.p50} ms); alone ${ratio(alone)} (${ours.p50Alone} vs ${floor.p50Alone} ms) | ${verdict(loaded <= 1.5)} under load, ${verdict(alone <= 1.5)} alone |`,
      );
    }
  }
  const flagshipOurs = measured('flagship', 'ours-neo4j');
  const flagshipPeer = measured('flagship', 'neo4j-graphql');
  if (flagshipOurs && flagshipPeer) {
    const value = flagshipOurs.reqPerSec / flagshipPeer.reqPerSec;
    goals.push(`| ours-neo4j ≥ 2x the req/s of @neo4j/graphql on the flagship | ${ratio(value)} (${Math.round(flagshipOurs.reqPerSec)} vs ${Math.round(flagshipPeer.reqPerSec)} req/s) | ${verdict(value >= 2)} |`);
  }
  for (const query of BENCH_QUERIES) {
    const ours = measured(query.name, 'ours-memory');
    const floor = measured(query.name, 'graphql-js-floor');
    const yogaFloor = measured(query.name, 'graphql-js-floor-yoga');
    if (ours && floor && yogaFloor) {
      const value = floor.reqPerSec / ours.reqPerSec;
      const atYoga = yogaFloor.reqPerSec / ours.reqPerSec;
      goals.push(
        `| the embedded store within 1.5x of the graphql-js floor behind bare node:http (req/s): ${query.name} | floor ${ratio(value)} ours (${Math.round(floor.reqPerSec)} vs ${Math.round(ours.reqPerSec)}); the bare-Yoga floor ${ratio(atYoga)} ours | ${verdict(value <= 1.5)} (${verdict(atYoga <= 1.5)} against bare Yoga) |`,
      );
    }
  }
  const largest = input.scaleRows.at(-1);
  if (largest?.imported) {
    const { imported } = largest;
    const perSecond = (ms: number) => largest.relationships / (Math.max(ms, 1) / 1000);
    const thousands = (ms: number) => `${Math.round(perSecond(ms) / 100) / 10}k/s`;
    // Counted as the transactional seed's figure is: its writes, from the CSV files to a database ready to serve.
    goals.push(
      `| seed of an empty database ≥ 100k relationships/s at factor ${largest.factor} (offline import) | ${thousands(imported.writeMs)} writing (${imported.writeMs} ms: CSV ${imported.csvMs}, importer ${imported.importMs}, database start ${imported.startMs}); the importer's own run ${thousands(imported.importMs)}; with schema and counts ${thousands(imported.elapsedMs)} | ${verdict(perSecond(imported.writeMs) >= 100_000)} |`,
    );
  }
  if (largest) {
    const throughput = largest.relationships / (largest.seed.writeMs / 1000);
    goals.push(`| (for comparison, no goal) the transactional seed at factor ${largest.factor}, into the emptied running database | ${Math.round(throughput / 100) / 10}k/s writing (${largest.seed.writeMs} ms) | |`);
  }
  const first = input.scaleRows[0];
  if (first && largest && largest !== first) {
    for (const [variant, label] of [['flagship', 'flagship (first: 20)'], ['paged', 'flagship with quotes(first: 5)']] as const) {
      for (const [store, key] of [['Neo4j', 'neo4jP50'], ['embedded', 'memoryP50']] as const) {
        const value = largest[variant][key] / Math.max(first[variant][key], 0.01);
        goals.push(`| ${label} p50 at factor ${largest.factor} ≤ 3x factor ${first.factor}, ${store} store | ${ratio(value)} (${largest[variant][key]} vs ${first[variant][key]} ms) | ${verdict(value <= 3)} |`);
      }
    }
  }
  if (BASELINE_DIR) {
    const pairs = BENCH_QUERIES.flatMap((query) =>
      (['neo4j', 'memory'] as const).flatMap((store) => {
        const [ours, base] = [measured(query.name, `ours-${store}`), measured(query.name, `ours-${store}-base`)];
        return ours && base ? [{ name: `${query.name} (${store})`, value: pairedRatio(ours, base) }] : [];
      }),
    );
    if (pairs.length) {
      const worst = pairs.reduce((a, b) => (b.value < a.value ? b : a));
      goals.push(`| issue 13: no query's req/s on either store below 0.9x the baseline (${input.baseline ?? BASELINE_DIR}) | lowest ${ratio(worst.value)} (${worst.name}) | ${verdict(worst.value >= 0.9)} |`);
    }
  }
  const shared = BENCH_QUERIES.filter((query) => measured(query.name, 'neo4j-graphql') && measured(query.name, 'ours-neo4j'));
  const sharedRatios = shared.map((query) => [query.name, measured(query.name, 'ours-neo4j')!.reqPerSec / measured(query.name, 'neo4j-graphql')!.reqPerSec] as const);
  if (sharedRatios.length) {
    const worst = sharedRatios.reduce((a, b) => (b[1] < a[1] ? b : a));
    goals.push(
      `| ours-neo4j never slower than @neo4j/graphql on a shared query (${shared.map((q) => q.name).join(', ')}) | lowest ${ratio(worst[1])} (${worst[0]}) | ${verdict(worst[1] >= 1)} |`,
    );
  }
  lines.push('| goal | measured | |', '|---|---|---|', ...goals, '');

  lines.push('## Scale (bench/scale.ts)', '');
  lines.push(
    'Factor N copies actors, paragraphs and quotes N times, each actor copy with its original\'s fan-out; the 23 objectives stay 23, so their fan-in grows N times. ' +
      'Seed: into the emptied database (CREATE; in batches of their own transactions from 50k relationships). Heap: the embedded store after a full GC (node --expose-gc). ' +
      `Flagship: actors(first: 20) with all their objective edges and every edge quote; paged: the same with quotes(first: 5) per edge; objectives: all objectives with actor counts. p50 of requests sent one at a time for ${SCALE_SECONDS} s, in ms.`,
    '',
  );
  lines.push('| factor | actors | nodes | relationships | seed mode | seed ms (writes) | relationships/s (writes) | embedded heap MB | embedded build ms | flagship quotes | flagship bytes | Neo4j db hits | p50 Neo4j ms | p50 embedded ms | paged quotes | paged bytes | paged p50 Neo4j ms | paged p50 embedded ms | objectives p50 Neo4j ms | objectives p50 embedded ms |');
  lines.push('|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of input.scaleRows) {
    lines.push(
      `| ${row.factor} | ${27 * actorCopiesOf(row.factor)} | ${row.nodes} | ${row.relationships} | ${row.seed.mode} | ${row.seed.elapsedMs} (${row.seed.writeMs}) | ${Math.round(row.relationships / (row.seed.writeMs / 1000))} | ${fixed(row.memoryHeapMB)} | ${row.memoryBuildMs} | ${row.flagship.quotes} | ${row.flagship.bytes} | ${row.flagship.neo4jDbHits} | ${row.flagship.neo4jP50} | ${row.flagship.memoryP50} | ${row.paged.quotes} | ${row.paged.bytes} | ${row.paged.neo4jP50} | ${row.paged.memoryP50} | ${row.objectives.neo4jP50} | ${row.objectives.memoryP50} |`,
    );
  }
  lines.push('');
  lines.push(
    `Seeding the real graph: ${input.firstSeed.elapsedMs} ms into a fresh database (${input.firstSeed.mode}; schema ${input.firstSeed.schemaMs} ms, writes ${input.firstSeed.writeMs} ms), ` +
      `${input.secondSeed.elapsedMs} ms again over it (${input.secondSeed.mode}; writes ${input.secondSeed.writeMs} ms).`,
    '',
  );

  lines.push('## PROFILE: db hits of our Neo4j store\'s statements (factor 1)', '');
  lines.push('Recorded by running each query through our app over a driver that notes each statement, then PROFILE of each (statements named by the store\'s query table, src/store/neo4j/store.ts).', '');
  lines.push('| query | statement | db hits |', '|---|---|---:|');
  for (const [query, hits] of input.dbHits) for (const [name, count] of hits) lines.push(`| ${query} | ${name} | ${count} |`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * The baseline checkout gets a Neo4j of its own, seeded by its own seed: its statements read the
 * schema and properties its seed writes (an index renamed since would leave them without one).
 */
async function startBaselineNeo4j(baselineDir: string, dataDir: string): Promise<Neo4jLocal> {
  await mkdir(dataDir, { recursive: true });
  const baselineLocal = await startNeo4jLocal({ port: 0, dataDir });
  execFileSync('npm', ['run', '-s', 'seed'], { cwd: baselineDir, env: { ...process.env, NEO4J_URI: baselineLocal.uri }, stdio: 'inherit' });
  log(`seeded the baseline's Neo4j with its own seed (${baselineDir})`);
  return baselineLocal;
}
