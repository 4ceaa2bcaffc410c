import { expect } from 'vitest';
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

/** The actors the API contract requires, with their names and categories (from ../shared/api-contract.md). */
export const CONTRACT_ACTORS: [key: string, name: string, category: string][] = [
  ['iscm', 'Inter-State consultation mechanisms on migration', 'ISCM'],
  ['rcp', 'Regional consultative processes on migration', 'ISCM'],
  ['gfmd', 'Global Forum on Migration and Development', 'ISCM'],
  ['iom-idm', 'IOM International Dialogue on Migration', 'ISCM'],
  ['micic', 'Migrants in Countries in Crisis Initiative', 'ISCM'],
  ['international-organizations', 'International organizations', 'IGO'],
  ['un-regional-economic-commissions', 'United Nations regional economic commissions', 'IGO'],
  ['iom', 'International Organization for Migration', 'IGO'],
  ['un-network-on-migration', 'United Nations Network on Migration', 'UN_SYSTEM'],
  ['global-migration-group', 'Global Migration Group', 'UN_SYSTEM'],
  ['imrf', 'International Migration Review Forum', 'UN_SYSTEM'],
  ['un-hld', 'UN High-level Dialogue on International Migration and Development', 'UN_SYSTEM'],
  ['financial-institutions', 'Financial institutions', 'FINANCIAL_INSTITUTION'],
  ['international-financial-institutions', 'International financial institutions', 'FINANCIAL_INSTITUTION'],
  ['civil-society', 'Civil society', 'NON_STATE'],
  ['trade-unions', 'Trade unions', 'NON_STATE'],
  ['local-authorities', 'Local authorities and communities', 'NON_STATE'],
  ['private-sector', 'Private sector', 'NON_STATE'],
  ['diasporas', 'Diasporas', 'NON_STATE'],
];

/** Fetches every node of a connection field, page by page, through `after` cursors. */
export async function collectPages(execute: Execute, query: string, pick: (data: any) => any, variables: Record<string, unknown> = {}) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const response = await execute(query, { ...variables, after });
    expect(response.errors).toBeUndefined();
    const connection = pick(response.data);
    nodes.push(...connection.edges.map((edge: any) => edge.node));
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount as number };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}
