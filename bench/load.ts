// npm run bench:load -- [--store memory|neo4j|both] [--connections 16,64] [--duration 10] [--fault neo4j-restart]
// npm run bench:load -- --contention 4 [--store …] [--duration 20] [--unbounded] [--neo4j bolt://… (a seeded Neo4j to use)]
//
// Starts the real server (a child process, as in production) on the embedded store and/or on a local
// Neo4j it starts and seeds itself, then drives a fixed mix of contract queries at it from N concurrent
// autocannon connections for T seconds, after a short warm-up. Reports req/s, latency p50/p99 and
// errors: socket errors, timeouts, non-2xx answers and 200 answers that carry GraphQL errors.
// Writes its runs to bench/results/load.json and their latency distribution to bench/results/load.svg
// (bench/charts.ts), except with --fault, whose latencies measure the outage.
// With --fault neo4j-restart it kills Neo4j (SIGKILL) a third of the way in, restarts it on the same
// port and data, and reports the errors during the outage and the time until requests succeed again.
// With --contention N it measures what heavy research does to everyone else: a light query's p50, one
// request at a time, first alone, then while N clients loop the heaviest request the limits allow, and
// the server's CPU seconds meanwhile: its request thread's and its other threads' (the embedded store's
// research worker among them).
// --unbounded runs that with the research limits off and the 15-alias request of issue 11 as the heavy
// one: the situation before MAX_OPERATION_WORK, MAX_PATH_CANDIDATES and the research lane.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadSeedGraph } from '../seed/extract.ts';
import { seedNeo4j } from '../seed/load-neo4j.ts';
import { startNeo4jLocal, type Neo4jLocal } from '../tools/neo4j-local-api.mjs';
import { freePort, startServer, threadCpuMillisecondsOf, type ServerProcess } from '../tools/server-process.ts';
import { LATENCY_FILES, latencyChart, writeResults, type LatencyResults } from './charts.ts';

/** The mix: the README's example queries and the other contract entry points, in a fixed order per connection. */
export const QUERY_MIX: [name: string, query: string][] = [
  ['actorObjectives', '{ actor(key: "trade-unions") { name objectives(first: 3) { totalCount edges { basis node { number shortTitle } paragraphs { ref } quotes { text highlights } } } } }'],
  ['paragraph', '{ paragraph(ref: "§22(d)") { id ref section objective { number } actors { key } quotes { highlights sourceLine } } }'],
  ['shortestPath', '{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { length nodes { id } relationships { type from to } } }'],
  ['search', '{ search(query: "skills partnerships", first: 2) { snippet node { id } } }'],
  ['objectiveActors', '{ objective(number: 18) { actors(first: 30) { edges { basis node { key } } } } }'],
  ['actors', '{ actors(first: 30) { totalCount nodes { key name category } } }'],
  ['objectives', '{ objectives { number shortTitle paragraph { ref } } }'],
  ['paragraphsOfObjective', '{ paragraphs(objective: 6, first: 10) { totalCount nodes { ref text } } }'],
  ['entryPoints', '{ entryPoints(level: GLOBAL) { id objective { number } action } }'],
  ['node', '{ node(id: "Paragraph:22b") { id ... on Paragraph { ref text quotes { text } } } }'],
  ['neighbourhood', '{ neighbourhood(id: "Objective:18", hops: 1) { nodes { id label name } edges { type from to } } }'],
];

/** The light query of --contention: one actor and the count of its objectives. */
export const LIGHT_QUERY = '{ actor(key: "trade-unions") { name category objectives(first: 3) { totalCount } } }';

/** Aliases of the simple-path search of issue 11 between two well-connected actors, `first` a variable. */
export function pathSearches(aliases: number): string {
  const search = (i: number) =>
    `p${i}: paths(from: "Actor:private-sector", to: "Actor:local-authorities", maxHops: 5, first: $first) { length nodes { id } relationships { type from to } }`;
  return `query PathSearches($first: Int) { ${Array.from({ length: aliases }, (_, i) => search(i)).join(' ')} }`;
}

/**
 * The heaviest request the default limits allow: as many full path searches as MAX_OPERATION_WORK
 * admits (three, each declaring MAX_PATH_CANDIDATES + 100 × 6), each at maxHops 5, first 100.
 */
const HEAVIEST_ALLOWED = { query: pathSearches(3), variables: { first: 100 } };
/** The request of issue 11: 15 such searches, which the limits now refuse. */
const ISSUE_11_REQUEST = { query: pathSearches(15), variables: { first: 100 } };
/** The research limits off: what the server did before them. */
const UNBOUNDED_ENV = { MAX_OPERATION_WORK: '100000000', MAX_PATH_CANDIDATES: '1000000', RESEARCH_CONCURRENCY: '1000' };

/** Neo4j plans each statement on first use and its JVM needs a while: every query runs this often first, one at a time… */
const WARM_UP_ROUNDS = 20;
/** …then the load runs this long unmeasured. */
const WARM_UP_SECONDS = 5;

interface Run {
  store: string;
  connections: number;
  durationS: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  /** The machine's 1-minute load average as the measured run began (other processes count too). */
  loadBefore: number;
  fault?: FaultReport;
}

interface FaultReport {
  killedAtS: number;
  backAtS: number;
  /** Failed answers received between the kill and Neo4j accepting connections again. */
  failedDuringOutage: number;
  /** Failed answers received after that (requests sent during the outage included). */
  failedAfterBack: number;
  /** Of those, the ones whose request was sent after Neo4j was back. */
  failedSentAfterBack: number;
  /** From Neo4j back to the sending of the last request that failed; 0 when none sent after it failed. */
  recoveryMs: number;
  codes: Record<string, number>;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      store: { type: 'string', default: 'both' },
      connections: { type: 'string', default: '16,64' },
      duration: { type: 'string', default: '10' },
      fault: { type: 'string' },
      contention: { type: 'string' },
      unbounded: { type: 'boolean', default: false },
      neo4j: { type: 'string' },
    },
  });
  const stores = values.store === 'both' ? ['memory', 'neo4j'] : [values.store!];
  if (!stores.every((store) => store === 'memory' || store === 'neo4j')) throw new Error('--store must be memory, neo4j or both');
  const connections = values.connections!.split(',').map(Number);
  if (!connections.every((n) => Number.isInteger(n) && n > 0)) throw new Error('--connections must be positive integers, comma-separated');
  const duration = Number(values.duration);
  if (!(duration > 0)) throw new Error('--duration must be a positive number of seconds');
  if (values.fault !== undefined && values.fault !== 'neo4j-restart') throw new Error('--fault must be neo4j-restart');
  if (values.fault && !stores.includes('neo4j')) throw new Error('--fault neo4j-restart needs --store neo4j or both');
  const contention = values.contention === undefined ? undefined : Number(values.contention);
  if (contention !== undefined && !(Number.isInteger(contention) && contention > 0)) throw new Error('--contention must be a positive integer of heavy clients');
  if (values.unbounded && contention === undefined) throw new Error('--unbounded goes with --contention');
  if (values.neo4j !== undefined && values.fault) throw new Error('--neo4j (a Neo4j of your own) cannot go with --fault, which restarts the one it starts');
  return { stores: stores as ('memory' | 'neo4j')[], connections, duration, fault: values.fault as 'neo4j-restart' | undefined, contention, unbounded: values.unbounded!, neo4jUri: values.neo4j };
}

/** Runs one autocannon load; `onFailure` sees each failed response with its time and codes. */
async function load(server: ServerProcess, connections: number, durationS: number, during?: (started: number) => Promise<void>) {
  /** `at`: when the failed answer came; `sent`: when its request went out. */
  const failures: { at: number; sent: number; codes: string[] }[] = [];
  let started = 0;
  const instance = autocannon({
    url: server.origin,
    connections,
    duration: durationS,
    timeout: 20,
    requests: QUERY_MIX.map(([, query]) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    })),
    verifyBody: (body) => !String(body ?? '').includes('"errors"'),
    setupClient: (client) => {
      // A client's 'mismatch' follows its 'response', which carries the latency.
      let latencyMs = 0;
      client.on('response', (status: number, _bytes: number, responseTime: number) => {
        latencyMs = responseTime;
        if (status >= 300) failures.push({ at: performance.now(), sent: performance.now() - latencyMs, codes: [`HTTP_${status}`] });
      });
      (client as unknown as NodeJS.EventEmitter).on('mismatch', (body: string) => {
        let codes = ['UNPARSEABLE'];
        try {
          codes = (JSON.parse(body).errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code ?? 'UNCODED');
        } catch {
          // keep UNPARSEABLE
        }
        failures.push({ at: performance.now(), sent: performance.now() - latencyMs, codes });
      });
    },
  });
  started = performance.now();
  const fault = during?.(started);
  const result = await instance;
  await fault;
  return { result, failures, started };
}

async function warmUp(server: ServerProcess): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const [name, query] of QUERY_MIX) {
      const response = await fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = await response.text();
      if (response.status !== 200 || body.includes('"errors"')) throw new Error(`warm-up: ${name} answered ${response.status} ${body.slice(0, 300)}`);
    }
  }
}

async function measure(store: string, server: ServerProcess, connections: number, durationS: number, neo4j?: { restart: () => Promise<void>; kill: () => Promise<void> }): Promise<Run> {
  await warmUp(server);
  await load(server, connections, WARM_UP_SECONDS);
  const loadBefore = loadavg()[0]!;
  let killedAt = 0;
  let backAt = 0;
  const { result, failures, started } = await load(
    server,
    connections,
    durationS,
    neo4j &&
      (async (start) => {
        await new Promise((resolve) => setTimeout(resolve, (durationS * 1000) / 3));
        killedAt = performance.now() - start;
        await neo4j.kill();
        await neo4j.restart();
        backAt = performance.now() - start;
      }),
  );
  const run: Run = {
    store,
    connections,
    durationS,
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    loadBefore: Math.round(loadBefore * 100) / 100,
  };
  if (neo4j) {
    const relative = failures.map((failure) => ({ ...failure, at: failure.at - started, sent: failure.sent - started }));
    const afterBack = relative.filter((failure) => failure.at >= backAt);
    const sentAfterBack = afterBack.filter((failure) => failure.sent >= backAt);
    const codes: Record<string, number> = {};
    for (const code of relative.flatMap((failure) => failure.codes)) codes[code] = (codes[code] ?? 0) + 1;
    run.fault = {
      killedAtS: round(killedAt / 1000),
      backAtS: round(backAt / 1000),
      failedDuringOutage: relative.filter((failure) => failure.at >= killedAt && failure.at < backAt).length,
      failedAfterBack: afterBack.length,
      failedSentAfterBack: sentAfterBack.length,
      recoveryMs: sentAfterBack.length ? Math.round(Math.max(...sentAfterBack.map((failure) => failure.sent)) - backAt) : 0,
      codes,
    };
  }
  return run;
}

const round = (value: number) => Math.round(value * 10) / 10;

interface ContentionRun {
  store: string;
  heavyClients: number;
  lightIdle: Latencies;
  /** Every light request beside the heavy clients, failed ones included (their codes in `lightFailures`). */
  lightLoaded: Latencies;
  lightFailures: Record<string, number>;
  heavy: Latencies & { codes: Record<string, number> };
  /** The server's CPU seconds beside the heavy clients: its request thread's, and its other threads' (the research worker's, the garbage collector's). */
  serverCpuS: { requestThread: number; otherThreads: number };
  loadBefore: number;
}

interface Latencies {
  requests: number;
  p50: number;
  p99: number;
}

function latencies(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
  return { requests: samples.length, p50: at(0.5), p99: at(0.99) };
}

/** Sends `body` again and again, one at a time, until `until`; each answer's time and error codes go to `record`. */
async function loop(server: ServerProcess, body: string, until: number, record: (ms: number, codes: string[]) => void): Promise<void> {
  while (performance.now() < until) {
    const started = performance.now();
    const response = await fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    const ms = performance.now() - started;
    let codes: string[] = response.status === 200 ? [] : [`HTTP_${response.status}`];
    if (text.includes('"errors"')) codes = (JSON.parse(text).errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code ?? 'UNCODED');
    record(ms, codes);
  }
}

/** The light query alone for `durationS`, then again while `heavyClients` loop `heavy`. */
async function measureContention(store: string, server: ServerProcess, heavyClients: number, durationS: number, heavy: { query: string; variables: Record<string, unknown> }): Promise<ContentionRun> {
  const lightBody = JSON.stringify({ query: LIGHT_QUERY });
  const heavyBody = JSON.stringify(heavy);
  await warmUp(server);
  const warm = performance.now() + WARM_UP_SECONDS * 1000;
  await Promise.all([loop(server, lightBody, warm, () => {}), ...Array.from({ length: heavyClients }, () => loop(server, heavyBody, warm, () => {}))]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const loadBefore = loadavg()[0]!;

  const idle: number[] = [];
  await loop(server, lightBody, performance.now() + durationS * 1000, (ms, codes) => {
    if (codes.length) throw new Error(`the light query failed: ${codes.join(', ')}`);
    idle.push(ms);
  });

  const loaded: number[] = [];
  const heavyMs: number[] = [];
  const codes: Record<string, number> = {};
  const until = performance.now() + durationS * 1000;
  const lightFailures: Record<string, number> = {};
  const cpuBefore = threadCpuMillisecondsOf(server.pid);
  const lightLoop = loop(server, lightBody, until, (ms, failed) => {
    for (const code of failed) lightFailures[code] = (lightFailures[code] ?? 0) + 1;
    loaded.push(ms);
  });
  const heavyLoops = Array.from({ length: heavyClients }, () =>
    loop(server, heavyBody, until, (ms, failed) => {
      heavyMs.push(ms);
      for (const code of failed.length ? failed : ['OK']) codes[code] = (codes[code] ?? 0) + 1;
    }),
  );
  await Promise.all([lightLoop, ...heavyLoops]);
  const cpuAfter = threadCpuMillisecondsOf(server.pid);
  const serverCpuS = { requestThread: round((cpuAfter.mainThread - cpuBefore.mainThread) / 1000), otherThreads: round((cpuAfter.otherThreads - cpuBefore.otherThreads) / 1000) };
  return { store, heavyClients, lightIdle: latencies(idle), lightLoaded: latencies(loaded), lightFailures, heavy: { ...latencies(heavyMs), codes }, serverCpuS, loadBefore: round(loadBefore) };
}

const codeCounts = (codes: Record<string, number>) =>
  Object.entries(codes)
    .map(([code, count]) => `${code} ×${count}`)
    .join(', ');

function reportContention(runs: ContentionRun[], options: ReturnType<typeof parseOptions>): void {
  const machine = `${availableParallelism()} CPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const heavy = options.unbounded ? 'the 15-alias request of issue 11 with the research limits off' : 'the heaviest request the limits allow (3 × paths maxHops 5, first 100)';
  const lines = [
    `bench:load --contention: the light query one at a time for ${options.duration} s alone, then for ${options.duration} s while ${options.contention} clients loop ${heavy}; server and clients on one machine: ${machine}`,
    '',
    '| store | light p50 alone ms | light p50 beside heavy ms | ratio | light p99 alone / beside ms | light requests alone / beside | light failed beside | heavy requests | heavy p50 ms | heavy answers | server CPU s beside heavy: request thread / other threads | load avg at start |',
    '|---|---:|---:|---:|---:|---:|---|---:|---:|---|---:|---:|',
    ...runs.map(
      (run) =>
        `| ${run.store} | ${run.lightIdle.p50} | ${run.lightLoaded.p50} | ${round(run.lightLoaded.p50 / run.lightIdle.p50)}x | ${run.lightIdle.p99} / ${run.lightLoaded.p99} | ${run.lightIdle.requests} / ${run.lightLoaded.requests} | ${codeCounts(run.lightFailures) || 0} | ${run.heavy.requests} | ${run.heavy.p50} | ${codeCounts(run.heavy.codes)} | ${run.serverCpuS.requestThread} / ${run.serverCpuS.otherThreads} | ${run.loadBefore} |`,
    ),
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const options = parseOptions();
  const runs: Run[] = [];
  const contentionRuns: ContentionRun[] = [];
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    for (const store of options.stores) {
      let env: Record<string, string> = {};
      let neo4jControl: { restart: () => Promise<void>; kill: () => Promise<void> } | undefined;
      if (store === 'neo4j' && options.neo4jUri) {
        // A Neo4j seeded beforehand (`npm run seed`): on a busy machine, seeding here can outlast Neo4j's transaction timeout.
        env = { NEO4J_URI: options.neo4jUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: '' };
      } else if (store === 'neo4j') {
        const port = await freePort();
        const dataDir = await mkdtemp(join(tmpdir(), 'gcm-graph-bench-'));
        let neo4j: Neo4jLocal = await startNeo4jLocal({ port, dataDir });
        cleanups.push(async () => {
          await neo4j.stop();
          await rm(dataDir, { recursive: true, force: true });
        });
        const target = { NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: undefined };
        const seeded = await seedNeo4j(target, loadSeedGraph().graph);
        process.stderr.write(`bench:load: Neo4j on ${neo4j.uri}, seeded in ${seeded.elapsedMs} ms\n`);
        env = { NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: '' };
        if (options.fault === 'neo4j-restart') {
          neo4jControl = {
            kill: async () => {
              const exited = new Promise((resolve) => neo4j.child.once('exit', resolve));
              neo4j.kill('SIGKILL');
              await exited;
            },
            restart: async () => {
              neo4j = await startNeo4jLocal({ port, dataDir });
            },
          };
        }
      }
      const server = await startServer({ env: { ...env, ...(options.unbounded ? UNBOUNDED_ENV : {}) }, keepLogs: false });
      cleanups.push(() => server.stop());
      if (options.contention) {
        process.stderr.write(`bench:load: ${store}, light query alone then beside ${options.contention} heavy clients, ${options.duration} s each\n`);
        contentionRuns.push(await measureContention(store, server, options.contention, options.duration, options.unbounded ? ISSUE_11_REQUEST : HEAVIEST_ALLOWED));
      }
      for (const connections of options.contention ? [] : options.connections) {
        process.stderr.write(`bench:load: ${store}, ${connections} connections, ${options.duration} s${neo4jControl ? ', Neo4j restarted mid-run' : ''}\n`);
        const run = await measure(store, server, connections, options.duration, neo4jControl);
        runs.push(run);
        if (neo4jControl) await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      await server.stop();
      cleanups.pop();
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
  if (options.contention) reportContention(contentionRuns, options);
  else await report(runs, options);
}

async function report(runs: Run[], options: ReturnType<typeof parseOptions>): Promise<void> {
  const machine = `${availableParallelism()} CPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `bench:load: ${QUERY_MIX.length}-query contract mix, ${options.duration} s per run after a warm-up (${WARM_UP_ROUNDS} rounds of the mix, then ${WARM_UP_SECONDS} s of load); server and load generator on one machine: ${machine}`,
    '',
    '| store | connections | requests | req/s | p50 ms | p90 ms | p99 ms | socket errors | timeouts | non-2xx | GraphQL errors | load avg at start |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map((run) => `| ${run.store} | ${run.connections} | ${run.requests} | ${run.reqPerSec} | ${run.p50} | ${run.p90} | ${run.p99} | ${run.errors} | ${run.timeouts} | ${run.non2xx} | ${run.graphqlErrors} | ${run.loadBefore} |`),
  ];
  const faults = runs.filter((run) => run.fault);
  if (faults.length) {
    lines.push(
      '',
      '| connections | Neo4j killed at | back at | failed during outage | failed after back (sent after back) | last failed request sent after back | error codes |',
      '|---:|---:|---:|---:|---:|---:|---|',
      ...faults.map(
        ({ connections, fault }) =>
          `| ${connections} | ${fault!.killedAtS} s | ${fault!.backAtS} s | ${fault!.failedDuringOutage} | ${fault!.failedAfterBack} (${fault!.failedSentAfterBack}) | ${fault!.recoveryMs} ms | ${Object.entries(fault!.codes).map(([code, count]) => `${code} ×${count}`).join(', ')} |`,
      ),
    );
  }
  console.log(lines.join('\n'));
  if (!options.fault) {
    const loads = runs.map((run) => run.loadBefore);
    const results: LatencyResults & { command: string; machine: string; durationS: number; runs: Run[] } = {
      about: [
        `npm run bench:load: the ${QUERY_MIX.length}-query contract mix, ${options.duration} s per run after a warm-up, server and load generator on one machine`,
        `${machine}; 1-minute load average ${Math.min(...loads)}–${Math.max(...loads)} as the runs began (a shared machine)`,
      ],
      command: ['npm run bench:load', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
      machine,
      durationS: options.duration,
      runs,
    };
    await writeResults(LATENCY_FILES, results, latencyChart);
    console.log(`\nwrote ${LATENCY_FILES.json} and ${LATENCY_FILES.svg}`);
  }
  const failed = runs.some((run) => !run.fault && run.errors + run.timeouts + run.non2xx + run.graphqlErrors > 0);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`bench:load failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  });
}
