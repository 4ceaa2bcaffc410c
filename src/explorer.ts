import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { projectFile } from './project-files.ts';

/** Where `npm run build:explorer` writes the explorer page (git-ignored). */
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

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gcm-graph explorer not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>The explorer is not built yet</h1>
<p>Build it with <code>npm run build:explorer</code> (or restart with <code>npm start</code>, which builds it first), then reload this page.</p>
<p>The GraphQL API is up meanwhile: <a href="/graphql">/graphql</a>.</p>
</body></html>
`;

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

/**
 * Serves the explorer front-end (explorer/dist) at `/` and `/assets/*`; every other
 * request, `/graphql` included, goes on to Yoga. Files are read per request, so a rebuild
 * shows on reload without a restart.
 */
export function explorerPlugin(root: string = EXPLORER_DIST): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const file = explorerFileOf(root, url.pathname);
      if (file === null) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const isIndex = !url.pathname.startsWith('/assets/');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        endResponse(
          isIndex
            ? new fetchAPI.Response(NOT_BUILT_PAGE, { status: 200, headers: { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-store' } })
            : new fetchAPI.Response('Not found\n', { status: 404, headers: { 'content-type': CONTENT_TYPES['.txt']! } }),
        );
        return;
      }
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        // Bundles carry a content hash in their name, so they never change; the page itself is revalidated.
        'cache-control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
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
