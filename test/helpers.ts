import { loadConfig, type Config } from '../src/config.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { createApp } from '../src/yoga.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: Record<string, any>;
}

export type Execute = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

/** Runs operations through the Yoga app in process: no port, no network. */
export function executorFor(store: GraphStore, env: Record<string, string> = {}): { execute: Execute; config: Config; fetch: (path: string, init?: RequestInit) => Promise<Response> } {
  const config = loadConfig({ GRAPH_STATS: '1', LOG_LEVEL: 'silent', ...env });
  const app = createApp(store, config);
  const fetch = (path: string, init?: RequestInit) => Promise.resolve(app.fetch(`http://localhost${path}`, init ?? {}));
  const execute: Execute = async (query, variables) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return { execute, config, fetch };
}

/** The one error of a response, asserting there is exactly one. */
export function onlyError(response: GraphQLResponse) {
  if (response.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  return response.errors[0]!;
}
