// Runs the real server (`npx tsx src/server.ts`, or the build's `node dist/server.js`) as a child process, for tests and benchmarks that
// need a port, signals and exit codes: shutdown, outages, load.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  /** http://127.0.0.1:port */
  origin: string;
  port: number;
  /** The server's own pid (from source, npx and tsx sit between this process and it). */
  pid: number;
  /** Every JSON log line so far. */
  logs: Record<string, any>[];
  /** What the server wrote on stderr (crashes, and tsx's own messages). */
  stderr(): string;
  /** Resolves with the child's exit code (npx's, from source) once the whole chain has exited. */
  exited: Promise<number | null>;
  /** Sends `signal` to the server and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The CPU time a process has used so far (user + system, all its threads), in milliseconds, from /proc (Linux). */
export function cpuMillisecondsOf(pid: number): number {
  return cpuMillisecondsIn(`/proc/${pid}/stat`);
}

/**
 * The CPU time of a process's main thread (the one that runs its event loop: for the server, the request
 * thread) and of all its other threads together, in milliseconds, from /proc (Linux).
 */
export function threadCpuMillisecondsOf(pid: number): { mainThread: number; otherThreads: number } {
  let otherThreads = 0;
  for (const thread of readdirSync(`/proc/${pid}/task`)) {
    if (thread !== String(pid)) otherThreads += cpuMillisecondsIn(`/proc/${pid}/task/${thread}/stat`);
  }
  return { mainThread: cpuMillisecondsIn(`/proc/${pid}/task/${pid}/stat`), otherThreads };
}

function cpuMillisecondsIn(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command name start at field 3 (state); utime and stime are fields 14 and 15.
  return ((Number(fields[14 - 3]) + Number(fields[15 - 3])) / TICKS_PER_SECOND) * 1000;
}

/** A port nothing listens on right now: taken from the OS, then released. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface StartServerOptions {
  /** Added to this process's environment. LOG_LEVEL stays at info or below: the listening line is info. */
  env?: Record<string, string>;
  port?: number;
  timeoutMs?: number;
  /** false: stop parsing log lines once the server listens (a load test's client shouldn't spend CPU on them). */
  keepLogs?: boolean;
  /** 'source' (default): the TypeScript through tsx, as `npm start`; 'build': `node dist/server.js` from `npm run build`. */
  from?: ServerEntry;
}

export type ServerEntry = 'source' | 'build';

/** The command of each way to run the server, from the project root. */
export const SERVER_COMMANDS: Record<ServerEntry, [string, ...string[]]> = {
  source: ['npx', 'tsx', 'src/server.ts'],
  build: ['node', 'dist/server.js'],
};

/** Starts the server and resolves once it listens. */
export async function startServer({ env = {}, port, timeoutMs = 60_000, keepLogs = true, from = 'source' }: StartServerOptions = {}): Promise<ServerProcess> {
  const chosenPort = port ?? (await freePort());
  const logLevel = ['debug', 'trace'].includes(env.LOG_LEVEL ?? '') ? env.LOG_LEVEL! : 'info';
  const [command, ...args] = SERVER_COMMANDS[from];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', HOST: '127.0.0.1', ...env, LOG_LEVEL: logLevel, PORT: String(chosenPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, any>[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let buffered = '';
  let onListening: (pid: number) => void = () => {};
  const listening = new Promise<number>((resolve) => (onListening = resolve));
  let listened = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (listened && !keepLogs) return;
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      let entry: Record<string, any>;
      try {
        entry = JSON.parse(line);
      } catch {
        continue;
      }
      logs.push(entry);
      if (typeof entry.url === 'string' && typeof entry.pid === 'number') {
        listened = true;
        onListening(entry.pid);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));

  let timer: NodeJS.Timeout | undefined;
  const pid = await Promise.race([
    listening,
    exited.then((code) => Promise.reject(new Error(`the server exited (${code}) before listening: ${stderr.join('').slice(-2000)}`))),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the server did not listen within ${timeoutMs} ms`)), timeoutMs))),
  ]).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  }).finally(() => clearTimeout(timer));

  return {
    origin: `http://127.0.0.1:${chosenPort}`,
    port: chosenPort,
    pid,
    logs,
    stderr: () => stderr.join(''),
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      try {
        process.kill(pid, signal);
      } catch {
        // Already gone.
      }
      return exited;
    },
  };
}
