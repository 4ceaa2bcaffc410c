// Per-request overhead of our server on the embedded store, side by side with the graphql-js floor over
// node:http and the same floor through a bare graphql-yoga (FLOOR_TRANSPORT=yoga: the ceiling any Yoga
// server can reach here). For each query of bench/queries.ts: answers checked by fingerprint, a warm-up,
// then ROUNDS runs of SECONDS with 8 autocannon connections, systems interleaved run by run. Besides
// req/s it reports each server's CPU per request, from /proc/<pid>/stat (utime + stime) around each run.
//
//   npx tsx bench/overhead.ts                      # all six queries
//   QUERIES=paragraph,search ROUNDS=5 npx tsx bench/overhead.ts
//   BASELINE_DIR=/tmp/base npx tsx bench/overhead.ts   # also our server from another checkout ("ours-base")
//   PORT_BASE=4300 (ports PORT_BASE.. are used), RUN_SECONDS=3, ROUNDS=3, WARM_UP=1
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuMillisecondsOf } from '../tools/server-process.ts';
import { BENCH_QUERIES } from './queries.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS = Number(process.env.RUN_SECONDS ?? 3);
const WARM_UP = Number(process.env.WARM_UP ?? 1);
const CONNECTIONS = 8;
const PORT_BASE = Number(process.env.PORT_BASE ?? 4300);

interface Server {
  name: string;
  origin: string;
  child: ChildProcess;
}

async function start(name: string, cwd: string, file: string, port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', file], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolveStart, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('listening') && resolveStart());
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening`)));
  });
  return { name, origin: `http://127.0.0.1:${port}`, child };
}

const ours = (name: string, cwd: string, port: number) =>
  start(name, cwd, 'bench/serve.ts', port, { BENCH_STORE: 'memory', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', GRAPHIQL: 'false', GRAPH_STATS: '0', GRAPH_STATS_HEADER: '1' }, nodeArgs());

/** CPU_PROF=<name> profiles that server (node --cpu-prof into /tmp/overhead-prof). */
function nodeArgs(): string[] {
  return process.env.CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/overhead-prof'] : [];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function run(url: string, body: string, seconds: number) {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS, duration: seconds });
  return { requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, errors: result.errors + result.non2xx };
}

async function main() {
  const queries = process.env.QUERIES ? BENCH_QUERIES.filter((query) => process.env.QUERIES!.split(',').includes(query.name)) : BENCH_QUERIES;
  const servers: Server[] = [];
  const stopAll = () => servers.forEach((server) => server.child.exitCode === null && server.child.kill('SIGTERM'));
  process.on('exit', stopAll);
  const wanted = (name: string) => !process.env.SYSTEMS || process.env.SYSTEMS.split(',').includes(name);
  let port = PORT_BASE;
  if (wanted('ours')) servers.push(await ours('ours', ROOT, port++));
  if (process.env.BASELINE_DIR && wanted('ours-base')) servers.push(await ours('ours-base', resolve(process.env.BASELINE_DIR), port++));
  if (wanted('floor')) servers.push(await start('floor', ROOT, 'bench/peers/graphql-floor.ts', port++, {}));
  if (wanted('yoga-floor')) servers.push(await start('yoga-floor', ROOT, 'bench/peers/graphql-floor.ts', port++, { FLOOR_TRANSPORT: 'yoga' }));

  const rows: string[] = ['| query | system | req/s (median, range) | CPU ms/request (median, range) | p50 ms | errors |', '|---|---|---:|---:|---:|---:|'];
  for (const query of queries) {
    const body = JSON.stringify({ query: query.document, variables: query.variables });
    const expected = query.fingerprint((await (await fetch(`${servers[0]!.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()).data);
    for (const server of servers) {
      const answer = await (await fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
      if (JSON.stringify(query.fingerprint(answer.data)) !== JSON.stringify(expected)) throw new Error(`${server.name} answers ${query.name} differently`);
      await run(`${server.origin}/graphql`, body, WARM_UP);
    }
    const results = new Map<string, { rps: number; cpu: number; p50: number; errors: number }[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const server of servers) {
        const before = cpuMillisecondsOf(server.child.pid!);
        const result = await run(`${server.origin}/graphql`, body, SECONDS);
        const cpu = (cpuMillisecondsOf(server.child.pid!) - before) / Math.max(1, result.requests);
        (results.get(server.name) ?? results.set(server.name, []).get(server.name)!).push({ rps: result.rps, cpu, p50: result.p50, errors: result.errors });
      }
    }
    for (const server of servers) {
      const runs = results.get(server.name)!;
      const rps = runs.map((r) => r.rps);
      const cpu = runs.map((r) => r.cpu);
      const line = `| ${query.name} | ${server.name} | ${Math.round(median(rps))} (${Math.round(Math.min(...rps))}–${Math.round(Math.max(...rps))}) | ${median(cpu).toFixed(3)} (${Math.min(...cpu).toFixed(3)}–${Math.max(...cpu).toFixed(3)}) | ${median(runs.map((r) => r.p50))} | ${runs.reduce((sum, r) => sum + r.errors, 0)} |`;
      rows.push(line);
      console.error(line);
    }
  }
  console.log(rows.join('\n'));
  stopAll();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
