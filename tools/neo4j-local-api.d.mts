import type { ChildProcess } from 'node:child_process';

export interface StartNeo4jLocalOptions {
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free port. */
  port?: number;
  /** Neo4j home (data + logs); default `.neo4j` relative to the current working directory. */
  dataDir?: string;
  /** Turns auth on: user `neo4j` with this password (at least 8 characters). Default: auth off. */
  password?: string;
  /**
   * Runs Neo4j's offline importer (`import full`) with the arguments in this file, one a line, into the
   * default database before starting; refused (exit 2) when dataDir already holds that database.
   */
  importArgumentsFile?: string;
  /** How long to wait for the ready line before killing the process; default 180000. */
  timeoutMs?: number;
  /** Called with each stderr line of the Neo4j process. */
  log?: (line: string) => void;
}

export interface Neo4jLocal {
  /** `bolt://127.0.0.1:PORT` */
  uri: string;
  port: number;
  /** SIGTERM, then wait for exit (SIGKILL after 20 s). Safe to call more than once. */
  stop(): Promise<void>;
  /** Sends a signal (default SIGKILL) without waiting. */
  kill(signal?: NodeJS.Signals): void;
  child: ChildProcess;
}

/** Absolute path of the launcher jar (tools/neo4j-local/target/neo4j-local.jar). */
export const jarPath: string;

/** The java command and arguments that run the launcher. */
export function neo4jLocalCommand(extraArgs?: string[]): { command: string; args: string[] };

/** Runs the Maven build when the jar is missing or older than its sources. */
export function buildNeo4jLocal(): Promise<void>;

/** Starts Neo4j and resolves once the default database accepts Bolt connections. */
export function startNeo4jLocal(options?: StartNeo4jLocalOptions): Promise<Neo4jLocal>;
