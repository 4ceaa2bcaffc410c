// Programmatic API for tools/neo4j-local: build the launcher jar and start/stop a real
// Neo4j 5.26 Community (embedded, Bolt only; auth off, or on with a given password) without Docker.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const toolDir = join(dirname(fileURLToPath(import.meta.url)), 'neo4j-local');
const pomPath = join(toolDir, 'pom.xml');
const sourcePath = join(toolDir, 'src/main/java/org/gcmgraph/neo4jlocal/Neo4jLocal.java');
export const jarPath = join(toolDir, 'target', 'neo4j-local.jar');
const libDir = join(toolDir, 'target', 'lib');

const READY_LINE = /^bolt:\/\/127\.0\.0\.1:(\d+)$/;
const STOP_GRACE_MS = 20_000;
const STDERR_TAIL_LINES = 60;

// Neo4j's embedded examples open these packages; without them it warns or fails on Java 17+.
const ADD_OPENS = ['java.lang', 'java.nio', 'java.io', 'java.util', 'java.util.concurrent', 'sun.nio.ch'].map(
  (pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`,
);

/** The java command and arguments that run the launcher (heap from NEO4J_HEAP, default 1g). */
export function neo4jLocalCommand(extraArgs = []) {
  const heap = process.env.NEO4J_HEAP || '1g';
  return {
    command: process.env.NEO4J_LOCAL_JAVA || 'java',
    args: [
      `-Xmx${heap}`,
      '-Xss1m',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      ...ADD_OPENS,
      '-jar',
      jarPath,
      ...extraArgs,
    ],
  };
}

function isBuildCurrent() {
  if (!existsSync(jarPath) || !existsSync(libDir) || readdirSync(libDir).length === 0) return false;
  const jarTime = statSync(jarPath).mtimeMs;
  return [pomPath, sourcePath].every((file) => statSync(file).mtimeMs <= jarTime);
}

/** Builds the launcher with Maven when the jar is missing or older than its sources. Output goes to stderr. */
export async function buildNeo4jLocal() {
  if (isBuildCurrent()) return;
  process.stderr.write('neo4j-local: building launcher with Maven (first run downloads Neo4j from Maven Central)\n');
  await new Promise((resolvePromise, reject) => {
    // mvn -q prints errors on stdout; send them to stderr so stdout stays clean.
    const mvn = spawn('mvn', ['-q', '-f', pomPath, 'package', '-DskipTests'], { stdio: ['ignore', 2, 2] });
    mvn.on('error', (err) => reject(new Error(`neo4j-local: cannot run mvn: ${err.message}`)));
    mvn.on('exit', (code, signal) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`neo4j-local: Maven build failed (code ${code}, signal ${signal})`)),
    );
  });
}

/**
 * Starts Neo4j and resolves once the default database accepts Bolt connections. With importArgumentsFile,
 * Neo4j's offline importer first fills the default database (which must not exist yet) from the CSV files
 * that file names (seed/import-neo4j.ts writes both); the timeout covers the import too.
 * The child's stdin is a pipe, so if this process dies the child sees EOF and stops.
 */
export async function startNeo4jLocal({ port = 0, dataDir, password, importArgumentsFile, timeoutMs = 180_000, log } = {}) {
  await buildNeo4jLocal();
  const { command, args } = neo4jLocalCommand(importArgumentsFile ? ['--import', resolve(importArgumentsFile)] : []);
  const env = {
    ...process.env,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_DATA_DIR: resolve(dataDir ?? '.neo4j'),
    NEO4J_LOCAL_IGNORE_STDIN: '0',
    // Only the option turns auth on: a NEO4J_LOCAL_PASSWORD in this process's environment does not.
    NEO4J_LOCAL_PASSWORD: password ?? '',
  };
  const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => {}); // EPIPE after the child exits is expected.

  const stderrTail = [];
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => resolveExit({ code, signal }));
  });

  forEachLine(child.stderr, (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log?.(line);
  });

  const readyPort = await new Promise((resolveReady, reject) => {
    const fail = (reason) => {
      clearTimeout(timer);
      const tail = stderrTail.length ? `\nstderr tail:\n${stderrTail.join('\n')}` : ' (no stderr output)';
      reject(new Error(`neo4j-local: ${reason}${tail}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`not ready after ${timeoutMs} ms (killed)`);
    }, timeoutMs);
    child.on('error', (err) => fail(`cannot start ${command}: ${err.message}`));
    exited.then(({ code, signal }) => fail(`exited before ready (code ${code}, signal ${signal})`));
    forEachLine(child.stdout, (line) => {
      const match = READY_LINE.exec(line.trim());
      if (match) {
        clearTimeout(timer);
        resolveReady(Number(match[1]));
      } else {
        log?.(`stdout: ${line}`);
      }
    });
  });

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killTimer);
    })();
    return stopping;
  };

  return {
    uri: `bolt://127.0.0.1:${readyPort}`,
    port: readyPort,
    stop,
    kill: (signal = 'SIGKILL') => {
      child.kill(signal);
    },
    child,
  };
}

function forEachLine(stream, onLine) {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      onLine(buffered.slice(0, newline).replace(/\r$/, ''));
      buffered = buffered.slice(newline + 1);
    }
  });
  stream.on('end', () => {
    if (buffered) onLine(buffered);
  });
}
