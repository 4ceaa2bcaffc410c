// One JSON log line per request: what ran, how long it took, what it cost the store, how it ended.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { Logger } from '../logger.ts';
import type { StoreStats } from '../store/instrument.ts';

interface RequestRecord {
  started: number;
  operationName?: string | null;
  variables?: unknown;
  stats?: StoreStats;
  errorCodes: string[];
}

const PROBES = new Set(['/health', '/ready']);

/**
 * Logs each request when its response is ready. Variables are left out unless `logVariables`: they
 * hold what users typed. Probes (`/health`, `/ready`) log at debug, so they don't drown the rest.
 */
export function requestLogPlugin(logger: Logger, logVariables: boolean): Plugin<Context> {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, { started: performance.now(), errorCodes: [] });
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
      record.operationName ??= getOperationAST(args.document, args.operationName)?.name?.value ?? null;
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record || Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) record.errorCodes.push(String(error.extensions?.code ?? 'UNCODED'));
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      const url = new URL(request.url);
      const line = {
        method: request.method,
        path: url.pathname,
        status: response.status,
        durationMs: Math.round((performance.now() - record.started) * 100) / 100,
        ...(record.operationName !== undefined && { operationName: record.operationName }),
        ...(record.stats && { storeRoundTrips: record.stats.storeRoundTrips, storeMs: Math.round(record.stats.storeMs * 100) / 100 }),
        ...(record.errorCodes.length > 0 && { errorCodes: [...new Set(record.errorCodes)] }),
        ...(record.variables !== undefined && { variables: record.variables }),
      };
      const level = PROBES.has(url.pathname) ? 'debug' : response.status >= 500 ? 'warn' : 'info';
      logger[level](line, 'request');
    },
  };
}
