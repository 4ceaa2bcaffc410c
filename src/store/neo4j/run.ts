// The boundary between the driver and the store: parameters out, native values in, errors mapped.
import neo4j, { isRetryableError, Neo4jError, type Driver, type Integer } from 'neo4j-driver';
import { databaseUnavailableError, timeoutError } from '../../errors.ts';

/** `LIMIT` with no limit: a Cypher LIMIT needs a value, and a page's null limit means "to the end". */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** An integer parameter: a JavaScript number would reach Cypher as a Float, which SKIP, LIMIT and integer properties refuse. */
export function int(value: number): Integer {
  return neo4j.int(value);
}

/** SKIP/LIMIT parameters of a page. */
export function pageParameters(page: { offset: number; limit: number | null }): { offset: Integer; limit: Integer } {
  return { offset: int(page.offset), limit: int(page.limit ?? NO_LIMIT) };
}

const isTemporal = (value: unknown) =>
  neo4j.isDate(value) ||
  neo4j.isDateTime(value) ||
  neo4j.isLocalDateTime(value) ||
  neo4j.isLocalTime(value) ||
  neo4j.isTime(value) ||
  neo4j.isDuration(value);

/** Driver values to plain JavaScript: Integers to numbers, temporals to ISO strings, recursively through lists and maps. */
export function toNative(value: unknown): unknown {
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) throw new RangeError(`Integer ${value.toString()} from Neo4j is outside the safe JavaScript range`);
    return value.toNumber();
  }
  if (Array.isArray(value)) return value.map(toNative);
  if (isTemporal(value)) return String(value);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toNative(entry)]));
  }
  return value;
}

/** What a driver failure means for the client (its code) and for the operator (its cause class). */
interface Meaning {
  code: 'DATABASE_UNAVAILABLE' | 'TIMEOUT';
  cause: string;
}

const unavailable = (cause: string): Meaning => ({ code: 'DATABASE_UNAVAILABLE', cause });

/** Driver and server error codes. A wrong password locks the user out for a few seconds after three tries (AuthenticationRateLimit). */
const MEANING_OF_CODE = new Map<string, Meaning>([
  [neo4j.error.SERVICE_UNAVAILABLE, unavailable('unreachable')],
  [neo4j.error.SESSION_EXPIRED, unavailable('unreachable')],
  [neo4j.error.PROTOCOL_ERROR, unavailable('protocol error')],
  ['Neo.TransientError.General.DatabaseUnavailable', unavailable('database unavailable')],
  ['Neo.ClientError.Database.DatabaseNotFound', unavailable('no such database')],
  ['Neo.ClientError.Security.Unauthorized', unavailable('authentication')],
  ['Neo.ClientError.Security.AuthenticationRateLimit', unavailable('authentication')],
  ['Neo.ClientError.Security.CredentialsExpired', unavailable('authentication')],
  ['Neo.ClientError.Security.TokenExpired', unavailable('authentication')],
  ['Neo.ClientError.Security.Forbidden', unavailable('authorization')],
  ['Neo.ClientError.Transaction.TransactionTimedOut', { code: 'TIMEOUT', cause: 'transaction timeout' }],
  ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', { code: 'TIMEOUT', cause: 'transaction timeout' }],
]);

/** Failures the driver reports without a code of its own (`N/A`): known by the start of their message. */
const MEANING_OF_MESSAGE: [prefix: string, meaning: Meaning][] = [
  // The handshake got an HTTP answer (NEO4J_URI names Neo4j's HTTP port, or another web server) …
  ['Server responded HTTP', unavailable('not a Bolt server')],
  // … or bytes that are no Bolt version, or a Bolt version this driver does not speak.
  ['Unknown Bolt protocol version', unavailable('not a Bolt server')],
  // No connection came free, or a new one got no answer to its handshake (a frozen server), within ACQUISITION_TIMEOUT_MS.
  ['Connection acquisition timed out', unavailable('no response')],
];

/** URI credentials (`bolt://user:password@host`) out of a message bound for the log. */
const withoutCredentials = (text: string) => text.replace(/\/\/[^/@\s]*@/g, '//');

/**
 * The one place driver errors become API errors, each with the cause the log line and `/ready` name:
 * the database out of reach, refusing our credentials or not speaking Bolt → DATABASE_UNAVAILABLE;
 * a transaction over its timeout → TIMEOUT. Anything else (a bug) is returned as is and stays masked by Yoga.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const meaning = MEANING_OF_CODE.get(error.code) ?? MEANING_OF_MESSAGE.find(([prefix]) => error.message.startsWith(prefix))?.[1];
  if (!meaning) return error;
  const failure = { cause: meaning.cause, detail: withoutCredentials(`${error.code}: ${error.message}`).slice(0, 300) };
  return meaning.code === 'TIMEOUT' ? timeoutError(failure) : databaseUnavailableError(failure);
}

export interface ReadOptions {
  database: string | undefined;
  timeoutMs: number;
}

/** The wait before the one retry of a read, as the driver's managed transactions wait (see driver.ts). */
const RETRY_DELAY_MS = 1_000;

/**
 * How long past its transaction timeout a store call may take before it is given up. The timeout is
 * enforced by the server, so a server that cannot answer (frozen, or a packet-dropping network) never
 * sends it; this deadline is kept by the client and ends the call with TIMEOUT. Neo4j checks its
 * timeouts every 2 s (db.transaction.monitor.check.interval), so a server that can answer does first.
 */
export const DEADLINE_MARGIN_MS = 2_000;

/**
 * Runs one read statement in its own session, as an auto-commit transaction: one statement needs no
 * BEGIN and COMMIT, and skipping those round trips doubles the statements per second under load (bench).
 * Like `executeRead` with the driver's settings, a retryable failure (a connection that died with a
 * restarted server) is retried once, about a second later. The records come back as plain objects
 * (with acquireDriver's driver, which decodes integers as numbers).
 *
 * The call ends within `timeoutMs` + DEADLINE_MARGIN_MS whatever the server does. A session given up
 * at the deadline is closed in the background, when the server answers or its connection dies.
 */
export async function readRecords(driver: Driver, options: ReadOptions, query: string, parameters: Record<string, unknown> = {}) {
  const deadlineMs = options.timeoutMs + DEADLINE_MARGIN_MS;
  let timer: NodeJS.Timeout | undefined;
  let late = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(timeoutError({ cause: 'no response', detail: `no answer from Neo4j within ${deadlineMs} ms` }));
    }, deadlineMs);
  });
  try {
    return await Promise.race([readWithOneRetry(driver, options, query, parameters, () => late), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function readWithOneRetry(driver: Driver, options: ReadOptions, query: string, parameters: Record<string, unknown>, givenUp: () => boolean) {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(query, parameters, { timeout: options.timeoutMs });
      // The driver decodes integers as numbers (driver.ts): the records are plain values already.
      return records.map((record) => record.toObject() as Record<string, any>);
    } catch (error) {
      if (attempt === 1 && isRetryableError(error)) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * (0.8 + Math.random() * 0.4)));
        if (!givenUp()) continue;
      }
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}
