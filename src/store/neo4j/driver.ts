// The one place that opens and closes Neo4j drivers. A process normally holds one (the server's);
// tests may hold a second pointed elsewhere (a closed port), so drivers are shared per target and
// closed when their last holder lets go.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jTarget {
  NEO4J_URI: string;
  NEO4J_USER: string;
  NEO4J_PASSWORD: string;
}

/**
 * A request must fail in bounded time when the database is down, rather than retry for the driver's default 30 s.
 * The driver waits ~1 s (±20%) before its first retry and retries while less than this has passed, so 500 ms means
 * exactly one retry: enough to replace a connection that died with a restarted server, and a down database
 * answers DATABASE_UNAVAILABLE in about a second (1 s allowed up to three attempts and 3.6 s).
 */
const MAX_RETRY_MS = 500;
/** Opening a Bolt connection takes milliseconds when the server is up; a host that drops packets fails in 2 s. */
const CONNECTION_TIMEOUT_MS = 2_000;
/** Waiting for a free pooled connection under load, or for a new one. */
const ACQUISITION_TIMEOUT_MS = 5_000;

const drivers = new Map<string, { driver: Driver; holders: number }>();

function idOf(target: Neo4jTarget): string {
  return JSON.stringify([target.NEO4J_URI, target.NEO4J_USER, target.NEO4J_PASSWORD]);
}

/**
 * The driver for a target, created on first use. It does not connect here: a database that is down
 * at start-up only makes queries fail (DATABASE_UNAVAILABLE) until it comes back.
 */
export function acquireDriver(target: Neo4jTarget): Driver {
  const id = idOf(target);
  let entry = drivers.get(id);
  if (!entry) {
    const driver = neo4j.driver(target.NEO4J_URI, neo4j.auth.basic(target.NEO4J_USER, target.NEO4J_PASSWORD), {
      maxTransactionRetryTime: MAX_RETRY_MS,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
      userAgent: 'gcm-graph',
      // Integers arrive as JavaScript numbers, decoded once: the graph's integers (paragraph numbers,
      // source lines, counts) are all far below 2^53, and converting Integer objects afterwards cost
      // ~9% of the server's CPU on the flagship query (bench).
      disableLosslessIntegers: true,
    });
    drivers.set(id, (entry = { driver, holders: 0 }));
  }
  entry.holders++;
  return entry.driver;
}

/** Lets go of a driver from acquireDriver(); the last holder closes it. */
export async function releaseDriver(driver: Driver): Promise<void> {
  for (const [id, entry] of drivers) {
    if (entry.driver !== driver) continue;
    if (--entry.holders > 0) return;
    drivers.delete(id);
    await driver.close();
    return;
  }
}
