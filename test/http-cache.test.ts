// Queries over GET, as urql and persisted-query clients send them: no extra header, an ETag from the seed
// version and the request, a configurable Cache-Control, 304 to If-None-Match without executing, and a
// new ETag after a re-seed. Only successful GET answers are cacheable.
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { executorFor } from './helpers.ts';

/** The embedded store counting its calls (seedVersion aside), with a seed version the test can change. */
function versionedStore() {
  const inner = new MemoryGraphStore(loadSeedGraph().graph);
  const state = { calls: 0, version: 'seed-1' };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'seedVersion') return async () => state.version;
      if (typeof value !== 'function' || property === 'name') return value;
      return (...args: unknown[]) => {
        state.calls++;
        return value.apply(target, args);
      };
    },
  }) as GraphStore;
  return { store, state };
}

const open = (env: Record<string, string> = {}) => {
  const { store, state } = versionedStore();
  return { ...executorFor(store, { GRAPH_STATS: '0', SEED_VERSION_CHECK_MS: '0', ...env }), state };
};

const getPath = (query: string, variables?: Record<string, unknown>) =>
  `/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;

const ACTOR = getPath('query Actor($key: String!) { actor(key: $key) { name objectives { totalCount } } }', { key: 'trade-unions' });

describe('GET /graphql', () => {
  it('answers a query with no header at all (no CSRF token), with an ETag, Cache-Control and Vary', async () => {
    const { fetch } = open();
    const response = await fetch(ACTOR);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { actor: { name: 'Trade unions', objectives: { totalCount: 5 } } } });
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toBe('Accept');
  });

  it('gives one request the same ETag every time, and another request (variables, Accept) another', async () => {
    const { fetch } = open();
    const etag = async (path: string, init?: RequestInit) => (await fetch(path, init)).headers.get('etag');
    const first = await etag(ACTOR);
    expect(await etag(ACTOR)).toBe(first);
    const other = await etag(getPath('query Actor($key: String!) { actor(key: $key) { name objectives { totalCount } } }', { key: 'gfmd' }));
    const graphqlResponse = await etag(ACTOR, { headers: { accept: 'application/graphql-response+json' } });
    expect(new Set([first, other, graphqlResponse]).size).toBe(3);
  });

  it('answers If-None-Match with a 304 and an empty body, without reaching the store', async () => {
    const { fetch, state } = open();
    const first = await fetch(ACTOR);
    const etag = first.headers.get('etag')!;
    const calls = state.calls;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await fetch(ACTOR, { headers: { 'if-none-match': ifNoneMatch } });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('no-cache');
    }
    expect(state.calls).toBe(calls);
    for (const ifNoneMatch of ['"not-this-one"', '*']) expect((await fetch(ACTOR, { headers: { 'if-none-match': ifNoneMatch } })).status).toBe(200);
    expect(state.calls).toBeGreaterThan(calls);
  });

  it('gives every answer a new ETag after a re-seed, and a full answer to the old one', async () => {
    const { fetch, state } = open();
    const paths = [ACTOR, getPath('{ objectives { number } }'), getPath('{ actors(first: 2) { nodes { key } } }')];
    const before = await Promise.all(paths.map(async (path) => (await fetch(path)).headers.get('etag')!));
    state.version = 'seed-2';
    for (const [i, path] of paths.entries()) {
      const response = await fetch(path, { headers: { 'if-none-match': before[i]! } });
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).not.toBe(before[i]);
      expect((await response.json()).data).toBeTruthy();
    }
  });

  it('takes Cache-Control from CACHE_CONTROL', async () => {
    const { fetch } = open({ CACHE_CONTROL: 'public, max-age=300' });
    const response = await fetch(ACTOR);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const notModified = await fetch(ACTOR, { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(notModified.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('gives no ETag to an answer with errors, to a POST, or to an answer carrying store statistics', async () => {
    const { fetch } = open();
    const failed = await fetch(getPath('{ actors(first: -1) { totalCount } }'));
    expect((await failed.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(failed.headers.get('etag')).toBeNull();
    expect(failed.headers.get('cache-control')).toBeNull();
    const post = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ objectives { number } }' }) });
    expect(post.status).toBe(200);
    expect(post.headers.get('etag')).toBeNull();
    const withStats = open({ GRAPH_STATS: '1' });
    const statsAnswer = await withStats.fetch(ACTOR);
    expect((await statsAnswer.json()).extensions.stats).toBeDefined();
    expect(statsAnswer.headers.get('etag')).toBeNull();
  });

  it('changes the ETags with a setting that shapes answers (DEFAULT_PAGE_SIZE)', async () => {
    const path = getPath('{ actors { nodes { key } } }');
    const a = (await open().fetch(path)).headers.get('etag');
    const b = (await open({ DEFAULT_PAGE_SIZE: '5' }).fetch(path)).headers.get('etag');
    const c = (await open({ PORT: '4001', LOG_LEVEL: 'error' }).fetch(path)).headers.get('etag');
    expect(a).not.toBe(b);
    expect(c).toBe(a);
  });

  it('keeps the cache and its ETags consistent with RESPONSE_CACHE on', async () => {
    const { fetch, state } = open({ RESPONSE_CACHE: '1' });
    const first = await fetch(ACTOR);
    const etag = first.headers.get('etag');
    const second = await fetch(ACTOR);
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.json()).toEqual(await first.json());
    const calls = state.calls;
    expect((await fetch(ACTOR, { headers: { 'if-none-match': etag! } })).status).toBe(304);
    expect(state.calls).toBe(calls);
  });

  it('still refuses a mutation over GET (405) and the limits still apply', async () => {
    const { fetch } = open();
    const mutation = await fetch(getPath('mutation { deleteEverything }'));
    expect(mutation.status).toBe(405);
    expect((await mutation.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    const deep = await fetch(getPath(`{ actor(key: "iom") { ${'objectives(first: 1) { nodes { actors(first: 1) { nodes { '.repeat(4)}key${' } } } }'.repeat(4)} } }`));
    expect((await deep.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect(deep.headers.get('etag')).toBeNull();
  });
});
