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

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * The one place driver errors become API errors: the database out of reach → DATABASE_UNAVAILABLE,
 * a transaction over its timeout → TIMEOUT. Anything else is returned as is and stays masked by Yoga.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) return databaseUnavailableError();
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return timeoutError();
  return error;
}

export interface ReadOptions {
  database: string | undefined;
  timeoutMs: number;
}

/** The wait before the one retry of a read, as the driver's managed transactions wait (see driver.ts). */
const RETRY_DELAY_MS = 1_000;

/**
 * Runs one read statement in its own session, as an auto-commit transaction: one statement needs no
 * BEGIN and COMMIT, and skipping those round trips doubles the statements per second under load (bench).
 * Like `executeRead` with the driver's settings, a retryable failure (a connection that died with a
 * restarted server) is retried once, about a second later. The records come back as plain objects
 * (with acquireDriver's driver, which decodes integers as numbers).
 */
export async function readRecords(driver: Driver, options: ReadOptions, query: string, parameters: Record<string, unknown> = {}) {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(query, parameters, { timeout: options.timeoutMs });
      // The driver decodes integers as numbers (driver.ts): the records are plain values already.
      return records.map((record) => record.toObject() as Record<string, any>);
    } catch (error) {
      if (attempt === 1 && isRetryableError(error)) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * (0.8 + Math.random() * 0.4)));
        continue;
      }
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}
