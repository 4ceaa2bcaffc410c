// One JSON log line per request: what ran, how long it took, what it cost the store, how it ended.
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { storeFailureOf, type StoreFailure } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { StoreStats } from '../store/instrument.ts';

interface RequestRecord {
  started: number;
  operationName?: string | null;
  /** The executed document, when the request named no operation: its name is read only for a line that is logged. */
  operation?: { document: DocumentNode; name?: string | null };
  variables?: unknown;
  stats?: StoreStats;
  errorCodes: string[];
  /** Why the store failed, for the errors that say (DATABASE_UNAVAILABLE, TIMEOUT from Neo4j). */
  storeFailures: StoreFailure[];
}

/** One record per request being answered; keyed by the Request, so every app in the process can share it. */
const records = new WeakMap<Request, RequestRecord>();

function noteError(record: RequestRecord, error: unknown, code: unknown): void {
  record.errorCodes.push(String(code ?? 'UNCODED'));
  const failure = storeFailureOf(error);
  if (failure && !record.storeFailures.some((known) => known.cause === failure.cause && known.detail === failure.detail)) record.storeFailures.push(failure);
}

/** Puts an error answered outside GraphQL (an export's 503) on its request's log line, as a GraphQL error's would be. */
export function noteRequestError(request: Request, error: unknown, code: string): void {
  const record = records.get(request);
  if (record) noteError(record, error, code);
}

const PROBES = new Set(['/health', '/ready']);

/**
 * Logs each request when its response is ready. Variables are left out unless `logVariables`: they
 * hold what users typed. Probes (`/health`, `/ready`) log at debug, so they don't drown the rest. A store
 * failure (Neo4j unreachable, refusing the credentials, not answering) logs at warn with its cause.
 */
export function requestLogPlugin(logger: Logger, logVariables: boolean): Plugin<Context> {
  return {
    onRequest({ request }) {
      records.set(request, { started: performance.now(), errorCodes: [], storeFailures: [] });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (!record) return;
      record.operationName = params.operationName ?? null;
      if (logVariables) record.variables = params.variables;
    },
    onExecute({ args }) {
      const record = records.get(args.contextValue.request);
      if (!record) return;
      record.stats = args.contextValue.stats;
      if (record.operationName == null) record.operation = { document: args.document, name: args.operationName };
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record || Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) noteError(record, error, error.extensions?.code);
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      // Nothing is built for a line the logger would drop (a probe's debug level is below either).
      const level = response.status >= 500 || record.storeFailures.length > 0 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const url = new URL(request.url);
      if (record.operation) record.operationName = getOperationAST(record.operation.document, record.operation.name)?.name?.value ?? null;
      const line = {
        method: request.method,
        path: url.pathname,
        status: response.status,
        durationMs: Math.round((performance.now() - record.started) * 100) / 100,
        ...(record.operationName !== undefined && { operationName: record.operationName }),
        ...(record.stats && { storeRoundTrips: record.stats.storeRoundTrips, storeMs: Math.round(record.stats.storeMs * 100) / 100 }),
        ...(record.errorCodes.length > 0 && { errorCodes: [...new Set(record.errorCodes)] }),
        ...(record.storeFailures.length > 0 && { storeFailures: record.storeFailures }),
        ...(record.variables !== undefined && { variables: record.variables }),
      };
      logger[PROBES.has(url.pathname) ? 'debug' : level](line, 'request');
    },
  };
}
