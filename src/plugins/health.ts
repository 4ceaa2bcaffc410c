// Liveness and readiness for orchestrators and load balancers, answered before any GraphQL work.
import type { Plugin } from 'graphql-yoga';
import { storeFailureOf } from '../errors.ts';
import type { GraphStore } from '../store/graph-store.ts';

/** What the process tells `/ready` beyond the store: a draining server is no longer ready. */
export interface Lifecycle {
  draining: boolean;
}

/**
 * Resolves undefined when `ping` answers within `ms`; otherwise the cause class of its failure:
 * the StoreFailure's (`authentication`, `not a Bolt server`, …), `no response` when it is late,
 * `unexpected` for an error that carries none.
 */
export async function pingFailure(ping: () => Promise<void>, ms: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(resolve, ms, 'no response')));
  try {
    return await Promise.race([ping().then(() => undefined, (error: unknown) => storeFailureOf(error)?.cause ?? 'unexpected'), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health`: the process is up (200, always). `GET /ready`: it can serve queries now, 200 when
 * a read of the store (its seed version) answers within `readyTimeoutMs` and the server is not shutting down, 503 otherwise
 * with the cause class of the failure (no detail: that goes to the log of the requests that fail).
 */
export function healthPlugin(store: GraphStore, readyTimeoutMs: number, lifecycle: Lifecycle): Plugin {
  const json = (body: object, status: number, fetchAPI: { Response: typeof Response }) =>
    new fetchAPI.Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/health') {
        endResponse(json({ status: 'ok', store: store.name }, 200, fetchAPI));
      } else if (url.pathname === '/ready') {
        if (lifecycle.draining) return endResponse(json({ status: 'draining', store: store.name }, 503, fetchAPI));
        // A real read each time: ready only once one has succeeded, never from an earlier answer.
        const cause = await pingFailure(() => store.seedVersion().then(() => undefined), readyTimeoutMs);
        if (cause === undefined) return endResponse(json({ status: 'ready', store: store.name }, 200, fetchAPI));
        endResponse(json({ status: 'unavailable', store: store.name, cause }, 503, fetchAPI));
      }
    },
    onResponse({ response }) {
      // While draining, each response closes its connection, so keep-alive clients go elsewhere.
      if (lifecycle.draining) response.headers.set('connection', 'close');
    },
  };
}
