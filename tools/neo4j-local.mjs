#!/usr/bin/env node
// `npm run neo4j:local`: runs a real Neo4j 5.26 Community (Bolt only) in the foreground.
// stdout gets exactly one line, bolt://127.0.0.1:PORT, once the database is ready; logs go to stderr.
// Env: NEO4J_BOLT_PORT (default 7687, 0 = free port), NEO4J_DATA_DIR (default .neo4j),
// NEO4J_PAGECACHE (256m), NEO4J_TX_TIMEOUT (30s), NEO4J_HEAP (1g), NEO4J_LOCAL_JAVA (java),
// NEO4J_LOCAL_PASSWORD (unset: auth off; set: auth on, user neo4j with this password).
// Stops on SIGTERM/SIGINT/SIGHUP, on end of stdin when stdin is a pipe or socket, and when this wrapper dies.
import { spawn } from 'node:child_process';
import { fstatSync } from 'node:fs';
import { buildNeo4jLocal, neo4jLocalCommand } from './neo4j-local-api.mjs';

/** Only a pipe or socket on stdin means a parent we should outlive no longer; a TTY, /dev/null or file does not. */
function stdinSignalsParent() {
  if (process.env.NEO4J_LOCAL_IGNORE_STDIN === '1' || process.env.NEO4J_LOCAL_IGNORE_STDIN === 'true') return false;
  try {
    const stats = fstatSync(0);
    return stats.isFIFO() || stats.isSocket();
  } catch {
    return false; // stdin closed
  }
}

try {
  await buildNeo4jLocal();
} catch (err) {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}

// The child's stdin is always a pipe from us, so even a SIGKILLed wrapper means EOF and a clean stop.
const watchStdin = stdinSignalsParent();
const { command, args } = neo4jLocalCommand();
const child = spawn(command, args, {
  env: { ...process.env, NEO4J_LOCAL_IGNORE_STDIN: '0' },
  stdio: ['pipe', 'pipe', 'inherit'],
});
child.stdin.on('error', () => {}); // EPIPE if the child is already gone.

let shutdownRequested = false;

child.stdout.pipe(process.stdout);
child.on('error', (err) => {
  process.stderr.write(`neo4j-local: cannot start ${command}: ${err.message}\n`);
  process.exit(1);
});
child.on('exit', (code) => {
  // 130/143 are the JVM's exit codes after SIGINT/SIGTERM: a requested, clean stop.
  if (shutdownRequested && (code === 0 || code === 130 || code === 143)) process.exit(0);
  process.exit(code ?? 1);
});

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    shutdownRequested = true;
    child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}

if (watchStdin) {
  process.stdin.on('end', () => {
    shutdownRequested = true;
    child.stdin.end();
  });
  process.stdin.resume(); // read (and drop) input so 'end' fires
}
