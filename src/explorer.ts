import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { projectFile } from './project-files.ts';

/** Where `npm run build:explorer` writes the explorer page and GraphiQL (git-ignored). */
export const EXPLORER_DIST = fileURLToPath(projectFile('explorer/dist/'));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const notBuiltPage = (what: string, elsewhere: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gcm-graph: ${what} not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>${what} is not built yet</h1>
<p>Build it with <code>npm run build:explorer</code> (or restart with <code>npm start</code>, which builds it first), then reload this page.</p>
<p>${elsewhere}</p>
</body></html>
`;

const NOT_BUILT = {
  explorer: notBuiltPage('The explorer', 'The GraphQL API is up meanwhile: <a href="/graphql">/graphql</a>.'),
  graphiql: notBuiltPage('GraphiQL', 'The GraphQL API is up meanwhile: POST queries to <code>/graphql</code>.'),
};

/** GraphiQL's page, for a browser's GET of the GraphQL endpoint (Yoga's own test: GET accepting text/html). */
const GRAPHIQL_PAGE = 'graphiql.html';

/**
 * The request path as a file of `root`, or null when it is not one we serve:
 * `/` is index.html, `/assets/*` are Vite's hashed bundles. Anything that would
 * leave `root` (`..`, encoded or not, backslashes, NUL) is refused.
 */
export function explorerFileOf(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '/index.html') return resolve(root, 'index.html');
  if (!path.startsWith('/assets/') || path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const file = resolve(root, `.${path}`);
  return file.startsWith(resolve(root) + sep) ? file : null;
}

export interface ExplorerOptions {
  /** Where the built pages are; explorer/dist by default. */
  root?: string;
  /** Serve GraphiQL to browsers at `graphqlEndpoint` (the GRAPHIQL switch). */
  graphiql?: boolean;
  graphqlEndpoint?: string;
}

/**
 * Serves the pages Vite builds into explorer/dist: the explorer at `/`, GraphiQL at `/graphql` to a
 * browser (GET accepting text/html), and `/assets/*` for both. Every other request, `/graphql`
 * queries included, goes on to Yoga. Files are read per request, so a rebuild shows on reload.
 */
export function explorerPlugin({ root = EXPLORER_DIST, graphiql = false, graphqlEndpoint = '/graphql' }: ExplorerOptions = {}): Plugin {
  // Yoga's own rule for GraphiQL (a GET accepting text/html), HEAD included.
  const isGraphiQL = (request: Request, pathname: string) =>
    graphiql &&
    (pathname === graphqlEndpoint || pathname === `${graphqlEndpoint}/`) &&
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.headers.get('accept') ?? '').includes('text/html');
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const page = isGraphiQL(request, url.pathname) ? 'graphiql' : null;
      const file = page ? resolve(root, GRAPHIQL_PAGE) : explorerFileOf(root, url.pathname);
      if (file === null) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const isPage = !url.pathname.startsWith('/assets/');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        endResponse(
          isPage
            ? new fetchAPI.Response(NOT_BUILT[page ?? 'explorer'], { status: 200, headers: { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-store' } })
            : new fetchAPI.Response('Not found\n', { status: 404, headers: { 'content-type': CONTENT_TYPES['.txt']! } }),
        );
        return;
      }
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        // Bundles carry a content hash in their name, so they never change; the pages are revalidated.
        'cache-control': isPage ? 'no-cache' : 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        // /graphql answers a page or JSON by the Accept header; caches must keep them apart.
        ...(page ? { vary: 'accept' } : {}),
        etag,
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const body = request.method === 'HEAD' ? null : await readFile(file);
      endResponse(new fetchAPI.Response(body, { status: 200, headers: { ...headers, 'content-length': String(info.size) } }));
    },
  };
}
