import type { GraphStore } from './graph-store.ts';

/** What one request cost the store. */
export interface StoreStats {
  storeRoundTrips: number;
  storeMs: number;
}

const UNCOUNTED = new Set<string | symbol>(['name', 'close', 'ping']);

/** Wraps a store so that every call is counted and timed into `stats`: one call is one round trip. */
export function instrumentStore(store: GraphStore, stats: StoreStats): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || UNCOUNTED.has(property)) return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        stats.storeRoundTrips++;
        try {
          return await value.apply(target, args);
        } finally {
          stats.storeMs += performance.now() - started;
        }
      };
    },
  });
}
