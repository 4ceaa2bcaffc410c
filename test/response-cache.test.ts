import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { loadConfig } from '../src/config.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { executorFor } from './helpers.ts';

/** A store that counts its calls (seedVersion aside), can fail its next `list` call, and can change version. */
function countingStore() {
  const inner = new MemoryGraphStore(loadSeedGraph().graph);
  const state = { calls: 0, failNextActors: false, version: 'v1' };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'seedVersion') return async () => state.version;
      if (typeof value !== 'function' || property === 'name') return value;
      return async (...args: unknown[]) => {
        state.calls++;
        if (property === 'list' && state.failNextActors) {
          state.failNextActors = false;
          throw new Error('the database hiccuped');
        }
        return value.apply(target, args);
      };
    },
  }) as GraphStore;
  return { store, state };
}

const QUERY = `query Actors($first: Int) { actors(first: $first) { totalCount nodes { key objectives { totalCount } } } }`;

describe('RESPONSE_CACHE', () => {
  const open = () => {
    const { store, state } = countingStore();
    const { execute } = executorFor(store, { GRAPH_STATS: '0', RESPONSE_CACHE: '1', SEED_VERSION_CHECK_MS: '0' });
    return { execute, state };
  };

  it('answers a repeated query from the cache, with the same body, and no store call', async () => {
    const { execute, state } = open();
    const first = await execute(QUERY, { first: 3 });
    const callsAfterFirst = state.calls;
    expect(callsAfterFirst).toBeGreaterThan(0);
    const second = await execute(QUERY, { first: 3 });
    expect(second).toEqual(first);
    expect(state.calls).toBe(callsAfterFirst);
    // Other variables are another entry.
    await execute(QUERY, { first: 4 });
    expect(state.calls).toBeGreaterThan(callsAfterFirst);
  });

  it('never caches an error', async () => {
    const { execute, state } = open();
    state.failNextActors = true;
    const failed = await execute(QUERY, { first: 2 });
    expect(failed.errors).toHaveLength(1);
    const retried = await execute(QUERY, { first: 2 });
    expect(retried.errors).toBeUndefined();
    expect(retried.data.actors.nodes).toHaveLength(2);
  });

  it('misses after the seed version changes (a re-seed)', async () => {
    const { execute, state } = open();
    await execute(QUERY, { first: 3 });
    const calls = state.calls;
    state.version = 'v2';
    await execute(QUERY, { first: 3 });
    expect(state.calls).toBeGreaterThan(calls);
  });

  it('is off by default: every request executes', async () => {
    const { store, state } = countingStore();
    const { execute } = executorFor(store, { GRAPH_STATS: '0' });
    await execute(QUERY, { first: 3 });
    const calls = state.calls;
    await execute(QUERY, { first: 3 });
    expect(state.calls).toBe(calls * 2);
  });
});

describe('RESPONSE_CACHE_REDIS_URL', () => {
  it('takes a redis:// or rediss:// URL, with RESPONSE_CACHE on', () => {
    for (const url of ['redis://127.0.0.1:6379', 'rediss://user:secret@cache.example.org:6380/2']) {
      expect(loadConfig({ RESPONSE_CACHE: '1', RESPONSE_CACHE_REDIS_URL: url }).RESPONSE_CACHE_REDIS_URL).toBe(url);
    }
    expect(loadConfig({}).RESPONSE_CACHE_REDIS_URL).toBeUndefined();
  });

  it('refuses anything else in one line, and a URL without RESPONSE_CACHE', () => {
    expect(() => loadConfig({ RESPONSE_CACHE: '1', RESPONSE_CACHE_REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      /^Invalid environment variable RESPONSE_CACHE_REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL$/,
    );
    expect(() => loadConfig({ RESPONSE_CACHE_REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/^Invalid environment: RESPONSE_CACHE_REDIS_URL needs RESPONSE_CACHE=1$/);
  });
});
