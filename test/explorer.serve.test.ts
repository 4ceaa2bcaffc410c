import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, describe, expect, it } from 'vitest';
import { explorerFileOf, explorerPlugin } from '../src/explorer.ts';

/** A Yoga app with a one-field schema, so the explorer plugin is tested without a store. */
function appServing(root: string, graphiql = true) {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    plugins: [explorerPlugin({ root, graphiql })],
    landingPage: false,
    graphiql: false,
  });
  return (path: string, init?: RequestInit) => Promise.resolve(yoga.fetch(`http://localhost${path}`, init ?? {}));
}

const built = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
mkdirSync(join(built, 'assets'));
writeFileSync(join(built, 'index.html'), '<!doctype html><title>explorer</title>');
writeFileSync(join(built, 'graphiql.html'), '<!doctype html><title>our GraphiQL</title>');
writeFileSync(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(built, 'assets', 'index-abc123.css'), 'body{}');
writeFileSync(join(built, 'secret.txt'), 'not served');
const missing = join(built, 'no-such-dist');

afterAll(() => rmSync(built, { recursive: true, force: true }));

describe('explorer static files', () => {
  const fetch = appServing(built);

  it('serves the page at / with no-cache and an etag that revalidates', async () => {
    const response = await fetch('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>explorer</title>');
    const again = await fetch('/', { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves hashed assets with their content type, cached for good', async () => {
    const script = await fetch('/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1)');
    const style = await fetch('/assets/index-abc123.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await fetch('/assets/index-abc123.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for a missing asset and never leaves the dist folder', async () => {
    expect((await fetch('/assets/nope.js')).status).toBe(404);
    for (const path of ['/assets/../secret.txt', '/assets/%2e%2e/secret.txt', '/assets/..%2fsecret.txt', '/assets/..%5csecret.txt', '/assets/%00x']) {
      const response = await fetch(path);
      expect(await response.text()).not.toContain('not served');
    }
    expect(explorerFileOf(built, '/assets/%2e%2e/secret.txt')).toBeNull();
    expect(explorerFileOf(built, '/assets/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(explorerFileOf(built, '/secret.txt')).toBeNull();
    expect(explorerFileOf(built, '/assets/%E0%A4%A')).toBeNull();
  });

  it('leaves /graphql and other paths to Yoga, and refuses to write to the page', async () => {
    const graphql = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' });
    expect(await graphql.json()).toEqual({ data: { ok: true } });
    expect((await fetch('/secret.txt')).status).toBe(404);
    expect((await fetch('/', { method: 'POST' })).status).toBe(405);
  });

  it('explains how to build the page when explorer/dist is missing', async () => {
    const unbuilt = appServing(missing);
    const response = await unbuilt('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('npm run build:explorer');
    expect((await unbuilt('/assets/index.js')).status).toBe(404);
    const graphiql = await (await unbuilt('/graphql', { headers: { accept: 'text/html' } })).text();
    expect(graphiql).toContain('GraphiQL is not built yet');
    expect(graphiql).toContain('npm run build:explorer');
  });
});

describe('GraphiQL at /graphql', () => {
  const fetch = appServing(built);
  const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  it('serves our build to a browser: a GET accepting text/html, with or without a trailing slash', async () => {
    for (const path of ['/graphql', '/graphql/']) {
      const page = await fetch(path, { headers: browser });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('vary')).toBe('accept');
      expect(await page.text()).toContain('<title>our GraphiQL</title>');
    }
    const page = await fetch('/graphql', { headers: browser });
    expect((await fetch('/graphql', { headers: { ...browser, 'if-none-match': page.headers.get('etag')! } })).status).toBe(304);
  });

  it('leaves queries to Yoga: JSON GETs and every POST', async () => {
    const get = await fetch('/graphql?query=%7B%20ok%20%7D', { headers: { accept: 'application/graphql-response+json' } });
    expect(await get.json()).toEqual({ data: { ok: true } });
    const post = await fetch('/graphql', { method: 'POST', headers: { accept: 'text/html, application/json', 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' });
    expect(await post.json()).toEqual({ data: { ok: true } });
  });

  it('serves no page with GRAPHIQL off', async () => {
    const response = await appServing(built, false)('/graphql', { headers: browser });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toContain('our GraphiQL');
  });

  it('is not reachable by its file name', async () => {
    expect((await fetch('/graphiql.html')).status).toBe(404);
  });
});
