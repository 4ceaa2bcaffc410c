// Whole responses, cached. The graph is read-only between seeds, so a response stays right for as long
// as the seed it was computed from: the cache key includes the store's seed version (for Neo4j the
// content hash the seed writes), read at most once per `versionCheckMs`. After a re-seed, old entries
// are never hit again and age out of the LRU. Errors are never cached.
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store.ts';

export interface ResponseCacheOptions {
  maxEntries: number;
  /** The store's seed version, as `seedVersionReader` reads it. */
  seedVersion: () => Promise<string>;
}

/** The store's seed version, read at most once per `ttlMs`; concurrent callers share one read. */
export function seedVersionReader(store: GraphStore, ttlMs: number): () => Promise<string> {
  let current: { version: string; readAt: number } | undefined;
  let reading: Promise<string> | undefined;
  return () => {
    if (current && performance.now() - current.readAt < ttlMs) return Promise.resolve(current.version);
    reading ??= store
      .seedVersion()
      .then((version) => {
        current = { version: version ?? 'unseeded', readAt: performance.now() };
        return current.version;
      })
      .finally(() => (reading = undefined));
    return reading;
  };
}

export function responseCachePlugin({ maxEntries, seedVersion }: ResponseCacheOptions): Plugin {
  return useResponseCache({
    // Every answer is public: the "session" that partitions the cache is the graph's version.
    session: () => seedVersion(),
    cache: createInMemoryCache({ max: maxEntries }),
    // A request asking for its own store statistics must really execute.
    enabled: (request) => request.headers.get('x-graph-stats') !== '1',
    shouldCacheResult: ({ result }) => !result.errors?.length,
    includeExtensionMetadata: false,
  });
}
