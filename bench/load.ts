// npm run bench:load -- [--store memory|neo4j|both] [--connections 16,64] [--duration 10] [--fault neo4j-restart]
//
// Starts the real server (a child process, as in production) on the embedded store and/or on a local
// Neo4j it starts and seeds itself, then drives a fixed mix of contract queries at it from N concurrent
// autocannon connections for T seconds, after a short warm-up. Reports req/s, latency p50/p99 and
// errors: socket errors, timeouts, non-2xx answers and 200 answers that carry GraphQL errors.
// Writes its runs to bench/results/load.json and their latency distribution to bench/results/load.svg
// (bench/charts.ts), except with --fault, whose latencies measure the outage.
// With --fault neo4j-restart it kills Neo4j (SIGKILL) a third of the way in, restarts it on the same
// port and data, and reports the errors during the outage and the time until requests succeed again.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadSeedGraph } from '../seed/extract.ts';
import { seedNeo4j } from '../seed/load-neo4j.ts';
import { startNeo4jLocal, type Neo4jLocal } from '../tools/neo4j-local-api.mjs';
import { freePort, startServer, type ServerProcess } from '../tools/server-process.ts';
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
  return { stores: stores as ('memory' | 'neo4j')[], connections, duration, fault: values.fault as 'neo4j-restart' | undefined };
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

async function main(): Promise<void> {
  const options = parseOptions();
  const runs: Run[] = [];
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    for (const store of options.stores) {
      let env: Record<string, string> = {};
      let neo4jControl: { restart: () => Promise<void>; kill: () => Promise<void> } | undefined;
      if (store === 'neo4j') {
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
      const server = await startServer({ env, keepLogs: false });
      cleanups.push(() => server.stop());
      for (const connections of options.connections) {
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
  await report(runs, options);
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
