// Whole responses, cached. The graph is read-only between seeds, so a response stays right for as long
// as the seed it was computed from: the cache key includes the store's seed version (for Neo4j the
// content hash the seed writes), read at most once per `versionCheckMs`. After a re-seed, old entries
// are never hit again and age out (of the LRU, or of Redis under its maxmemory policy). Errors are never cached.
import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { GraphStore } from '../store/graph-store.ts';

export interface ResponseCacheOptions {
  maxEntries: number;
  /** The store's seed version, as `seedVersionReader` reads it. */
  seedVersion: () => Promise<string>;
  /** A cache shared by every server (`sharedRedisCache`); unset: this process keeps its own LRU. */
  shared?: SharedCache;
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

export function responseCachePlugin({ maxEntries, seedVersion, shared }: ResponseCacheOptions): Plugin {
  return {
    ...useResponseCache({
      // Every answer is public: the "session" that partitions the cache is the graph's version.
      session: () => seedVersion(),
      cache: shared?.cache ?? createInMemoryCache({ max: maxEntries }),
      // A request asking for its own store statistics must really execute.
      enabled: (request) => request.headers.get('x-graph-stats') !== '1',
      shouldCacheResult: ({ result }) => !result.errors?.length,
      includeExtensionMetadata: false,
    }),
    ...(shared ? { onDispose: () => shared.close() } : {}),
  };
}

/** Prefix of our keys, so that one Redis can serve other tenants too. */
export const REDIS_KEY_PREFIX = 'gcm-graph:response:';
/** A Redis that stops answering costs a request at most this much before the store answers it. */
const REDIS_COMMAND_TIMEOUT_MS = 500;
const REDIS_CONNECT_TIMEOUT_MS = 2_000;
/** Reconnection backs off up to this wait between attempts, and keeps trying for as long as the process runs. */
const REDIS_MAX_RECONNECT_WAIT_MS = 2_000;

export interface SharedCache {
  cache: Cache;
  close(): Promise<void>;
}

/**
 * The response cache in Redis, through envelop's Redis cache, for a fleet of servers. The cache only ever
 * saves work: a Redis that is down, slow or refusing makes every lookup a miss, answered by the store, and
 * every write a no-op. The outage is logged once when it starts and once when it ends, not per request.
 */
export function sharedRedisCache(url: string, logger: Logger): SharedCache {
  const redis = new Redis(url, {
    keyPrefix: REDIS_KEY_PREFIX,
    // While disconnected a command fails at once (a miss) instead of waiting in a queue for the reconnection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, REDIS_MAX_RECONNECT_WAIT_MS),
  });
  let reachable = true;
  const failed = (error: unknown) => {
    if (!reachable) return;
    reachable = false;
    logger.warn({ cause: (error as Error).message }, 'shared response cache (Redis) unavailable: answering from the store');
  };
  const answered = () => {
    if (reachable) return;
    reachable = true;
    logger.info('shared response cache (Redis) available again');
  };
  redis.on('error', failed);
  redis.on('ready', answered);

  const redisCache = createRedisCache({ redis });
  const cache: Cache = {
    async get(key) {
      try {
        const entry = await redisCache.get(key);
        answered();
        return entry;
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
    async set(key, result, _entities, ttl) {
      try {
        // No entity index: answers change only with a seed, and the seed version in every key retires them all.
        // Its pipeline reports a refused write in its results, not by failing: only lookups tell Redis is back.
        await redisCache.set(key, result, [], ttl);
      } catch (error) {
        failed(error);
      }
    },
    // Nothing to invalidate by entity: the API has no mutations, and a re-seed changes every key.
    invalidate() {},
  };
  return {
    cache,
    async close() {
      redis.disconnect();
    },
  };
}
