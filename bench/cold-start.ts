// npm run bench:cold-start -- [--runs 10]
//
// Cold start of the server both ways the container could run it: the TypeScript sources through tsx
// (`node --import tsx src/server.ts`, what the image ran before the build) and the compiled build
// (`node dist/server.js`, run `npm run build` first). Each run spawns a fresh process on the embedded
// store and times from the spawn to the first answer of the flagship query, asking every few
// milliseconds until one comes, and reads the CPU time the process used until then (which the machine's
// other load does not inflate as it does the wall-clock time); the two ways alternate.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FLAGSHIP_QUERY } from './queries.ts';
import { cpuMillisecondsOf, freePort } from '../tools/server-process.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLL_MS = 5;

const WAYS: { name: string; command: [string, ...string[]] }[] = [
  { name: 'sources through tsx', command: ['node', '--import', 'tsx', 'src/server.ts'] },
  { name: 'compiled build', command: ['node', 'dist/server.js'] },
];

interface ColdStart {
  /** From the spawn to the first 200 answer to the flagship query without errors. */
  wallMs: number;
  /** CPU time of the server process by then. */
  cpuMs: number;
}

async function coldStart(command: [string, ...string[]]): Promise<ColdStart> {
  const port = await freePort();
  const [program, ...args] = command;
  const started = performance.now();
  const child = spawn(program, args, {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`${command.join(' ')} exited before answering`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: FLAGSHIP_QUERY, variables: { first: 20 } }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (response.status !== 200 || body.errors) throw new Error(`${command.join(' ')} answered ${response.status}: ${JSON.stringify(body.errors)}`);
        return { wallMs: performance.now() - started, cpuMs: cpuMillisecondsOf(child.pid!) };
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNREFUSED') throw error;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }
  } finally {
    child.kill('SIGKILL');
    if (!exited) await new Promise((resolve) => child.once('exit', resolve));
  }
}

function median(sorted: number[]): number {
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
  const runs = Number(values.runs);
  if (!existsSync(`${ROOT}/dist/server.js`)) throw new Error('no dist/server.js: run `npm run build` first');
  const starts = new Map(WAYS.map((way) => [way.name, [] as ColdStart[]]));
  const loadBefore = loadavg()[0]!;
  // One unmeasured start each, so both read their files from the page cache.
  for (const way of WAYS) await coldStart(way.command);
  for (let run = 0; run < runs; run += 1) {
    for (const way of WAYS) starts.get(way.name)!.push(await coldStart(way.command));
  }
  console.log(`${runs} runs each, alternating; 1-minute load average ${loadBefore.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end\n`);
  console.log('| how | command | time to first answer, median (min–max) ms | CPU ms by then, median (min–max) |');
  console.log('|---|---|---:|---:|');
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${Math.round(median(sorted))} (${Math.round(sorted[0]!)}–${Math.round(sorted.at(-1)!)})`;
  };
  for (const way of WAYS) {
    const measured = starts.get(way.name)!;
    console.log(`| ${way.name} | \`${way.command.join(' ')}\` | ${spread(measured.map((start) => start.wallMs))} | ${spread(measured.map((start) => start.cpuMs))} |`);
  }
}

await main();
