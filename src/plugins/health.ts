// Liveness and readiness for orchestrators and load balancers, answered before any GraphQL work.
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store.ts';

/** What the process tells `/ready` beyond the store: a draining server is no longer ready. */
export interface Lifecycle {
  draining: boolean;
}

/** Resolves true when `ping` answers within `ms`, false when it fails or is late. */
export async function answersWithin(ping: () => Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([ping().then(() => true as const, () => false as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health`: the process is up (200, always). `GET /ready`: it can serve queries now, 200 when
 * `store.ping()` answers within `readyTimeoutMs` and the server is not shutting down, 503 otherwise.
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
        const ready = await answersWithin(() => store.ping(), readyTimeoutMs);
        endResponse(json({ status: ready ? 'ready' : 'unavailable', store: store.name }, ready ? 200 : 503, fetchAPI));
      }
    },
    onResponse({ response }) {
      // While draining, each response closes its connection, so keep-alive clients go elsewhere.
      if (lifecycle.draining) response.headers.set('connection', 'close');
    },
  };
}
