import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerPlugin } from '../src/explorer.ts';
import { securityHeadersPlugin } from '../src/plugins/security.ts';

// The pages and assets of explorer/dist, served by sirv through explorerPlugin, on a Yoga app with a
// one-field schema (no store needed): what each answer carries, and that nothing outside the build
// (nor any file of it but the pages and assets/) is ever served, however the path is spelled.

/** A Yoga app serving `root`, with the security headers as createApp has them. */
function yogaServing(root: string, graphiql = true) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    plugins: [securityHeadersPlugin(), explorerPlugin({ root, graphiql })],
    landingPage: false,
    graphiql: false,
  });
}

function appServing(root: string, graphiql = true) {
  const yoga = yogaServing(root, graphiql);
  return (path: string, init?: RequestInit) => Promise.resolve(yoga.fetch(`http://localhost${path}`, init ?? {}));
}

const parent = mkdtempSync(join(tmpdir(), 'explorer-serve-'));
const built = join(parent, 'dist');
mkdirSync(join(built, 'assets'), { recursive: true });
writeFileSync(join(built, 'index.html'), '<!doctype html><title>explorer</title>');
writeFileSync(join(built, 'graphiql.html'), '<!doctype html><title>our GraphiQL</title>');
writeFileSync(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(built, 'assets', 'index-abc123.css'), 'body{}');
writeFileSync(join(built, 'assets', '.hidden'), 'not served');
writeFileSync(join(built, 'secret.txt'), 'not served');
// Beside the build, sharing its name's prefix: a check like `path.startsWith(root)` would let it through.
mkdirSync(join(parent, 'dist-private'));
writeFileSync(join(parent, 'dist-private', 'key.txt'), 'not served');
writeFileSync(join(parent, 'outside.txt'), 'not served');
const missing = join(parent, 'no-such-dist');

afterAll(() => rmSync(parent, { recursive: true, force: true }));

const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const GRAPHIQL_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("font-src 'self'", "font-src 'self' data:");

/** Ways to spell a path out of assets/: dot segments plain, encoded, double-encoded, with backslashes, NUL, absolute paths. */
const ESCAPES = [
  '/assets/../secret.txt',
  '/assets/%2e%2e/secret.txt',
  '/assets/%2E%2E/secret.txt',
  '/assets/.%2e/secret.txt',
  '/assets/..%2fsecret.txt',
  '/assets/..%2Fsecret.txt',
  '/assets/%2e%2e%2fsecret.txt',
  '/assets/%252e%252e%252fsecret.txt',
  '/assets/..%5csecret.txt',
  '/assets/..\\secret.txt',
  '/assets/%5c..%5csecret.txt',
  '/assets/..%2f..%2fdist-private%2fkey.txt',
  '/assets/../../dist-private/key.txt',
  '/assets/%2e%2e/%2e%2e/outside.txt',
  '/assets/..%2f..%2foutside.txt',
  '/assets/%00',
  '/assets/index-abc123.js%00.txt',
  '/assets/%00/../secret.txt',
  '/assets//etc/passwd',
  '/assets/%2fetc%2fpasswd',
  `/assets/${encodeURIComponent(join(built, 'secret.txt'))}`,
  '/assets/.hidden',
  '/assets/%2ehidden',
  '/assets/',
  '/assets',
  '/secret.txt',
  '/graphiql.html',
  '/graphiql',
  '/index',
  '/assets/%E0%A4%A',
];

describe('explorer static files', () => {
  const fetch = appServing(built);

  it('serves the page at / and /index.html, revalidated every time, with an ETag that gets a 304', async () => {
    for (const path of ['/', '/index.html']) {
      const response = await fetch(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html; ?charset=utf-8$/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>explorer</title>');
      const etag = response.headers.get('etag')!;
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await fetch(path, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('no-cache');
      expect(await again.text()).toBe('');
    }
  });

  it('gives the pages the security headers: a CSP of our origin only, nosniff, no referrer, no framing', async () => {
    for (const response of [await fetch('/'), await fetch('/', { method: 'HEAD' })]) {
      expect(response.headers.get('content-security-policy')).toBe(PAGE_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves hashed assets with their content type, cached for a year as immutable, GET and HEAD', async () => {
    const script = await fetch('/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-length')).toBe('14');
    expect(await script.text()).toBe('console.log(1)');
    const style = await fetch('/assets/index-abc123.css');
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
    expect(style.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const head = await fetch('/assets/index-abc123.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('14');
    expect(head.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await head.text()).toBe('');
    const revalidated = await fetch('/assets/index-abc123.js', { headers: { 'if-none-match': script.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a byte range of an asset', async () => {
    const part = await fetch('/assets/index-abc123.js', { headers: { range: 'bytes=0-6' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 0-6/14');
    expect(await part.text()).toBe('console');
    const beyond = await fetch('/assets/index-abc123.js', { headers: { range: 'bytes=100-' } });
    expect(beyond.status).toBe(416);
    expect(await beyond.text()).toBe('');
  });

  it('answers 404 for a missing asset and never serves a file outside the pages and assets/, however the path is spelled', async () => {
    const missingAsset = await fetch('/assets/nope.js');
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.headers.get('cache-control')).toBeNull();
    for (const path of ESCAPES) {
      const response = await fetch(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('not served');
    }
  });

  it('never serves those files to raw HTTP either, where no client has tidied the path first', async () => {
    const server: Server = createServer(yogaServing(built));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const raw = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        });
        request.on('error', reject).end();
      });
    try {
      expect((await raw('/assets/index-abc123.js')).body).toBe('console.log(1)');
      for (const path of ESCAPES) {
        const { status, body } = await raw(path);
        expect(status, path).toBeGreaterThanOrEqual(400);
        expect(body, path).not.toContain('not served');
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('leaves /graphql and other paths to Yoga, and refuses any method but GET and HEAD on the pages and assets', async () => {
    const graphql = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' });
    expect(await graphql.json()).toEqual({ data: { ok: true } });
    expect((await fetch('/secret.txt')).status).toBe(404);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of ['/', '/assets/index-abc123.js']) {
        const response = await fetch(path, { method });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow')).toBe('GET, HEAD');
      }
    }
  });

  it('shows a rebuild on reload, without a restart', async () => {
    const rebuilt = join(parent, 'rebuilt');
    mkdirSync(join(rebuilt, 'assets'), { recursive: true });
    writeFileSync(join(rebuilt, 'index.html'), '<!doctype html><title>first build</title>');
    const serve = appServing(rebuilt);
    expect(await (await serve('/')).text()).toContain('first build');
    // A build replaces the files (Vite empties the folder first), so the folders' times change.
    rmSync(join(rebuilt, 'index.html'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(join(rebuilt, 'index.html'), '<!doctype html><title>second build</title>');
    writeFileSync(join(rebuilt, 'assets', 'main-def456.js'), 'console.log(2)');
    expect(await (await serve('/')).text()).toContain('second build');
    expect(await (await serve('/assets/main-def456.js')).text()).toBe('console.log(2)');
  });

  it('explains how to build the page when explorer/dist is missing', async () => {
    const unbuilt = appServing(missing);
    const response = await unbuilt('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toBe(PAGE_POLICY);
    const page = await response.text();
    expect(page).toContain('npm run build:explorer');
    expect(page).not.toMatch(/<script|<style|\bstyle=/);
    expect((await unbuilt('/assets/index.js')).status).toBe(404);
    const graphiqlResponse = await unbuilt('/graphql', { headers: { accept: 'text/html' } });
    expect(graphiqlResponse.headers.get('content-security-policy')).toBe(GRAPHIQL_POLICY);
    const graphiql = await graphiqlResponse.text();
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
      expect(page.headers.get('content-type')).toMatch(/^text\/html; ?charset=utf-8$/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('vary')).toBe('accept');
      expect(page.headers.get('content-security-policy')).toBe(GRAPHIQL_POLICY);
      expect(await page.text()).toContain('<title>our GraphiQL</title>');
    }
    const page = await fetch('/graphql', { headers: browser });
    const again = await fetch('/graphql', { headers: { ...browser, 'if-none-match': page.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('vary')).toBe('accept');
    const head = await fetch('/graphql', { method: 'HEAD', headers: browser });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toBe(GRAPHIQL_POLICY);
    expect(await head.text()).toBe('');
  });

  it('leaves queries to Yoga: JSON GETs and every POST, under the strict policy', async () => {
    const get = await fetch('/graphql?query=%7B%20ok%20%7D', { headers: { accept: 'application/graphql-response+json' } });
    expect(await get.json()).toEqual({ data: { ok: true } });
    expect(get.headers.get('content-security-policy')).toBe(PAGE_POLICY);
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
