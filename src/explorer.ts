import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import sirv, { type RequestHandler } from 'sirv';
import { GRAPHIQL_CONTENT_SECURITY_POLICY } from './plugins/security.ts';
import { projectFile } from './project-files.ts';

/** Where `npm run build:explorer` writes the explorer page and GraphiQL (git-ignored). */
export const EXPLORER_DIST = fileURLToPath(projectFile('explorer/dist/'));

/** Vite names every file it writes under assets/ by its content (vite.config.ts), so a name never changes meaning. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The pages keep their names across builds, so browsers ask again each time (a 304 when unchanged). */
export const PAGE_CACHE_CONTROL = 'no-cache';

type Page = 'explorer' | 'graphiql';

const notBuiltPage = (what: string, elsewhere: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gcm-graph: ${what} not built</title></head>
<body>
<h1>${what} is not built yet</h1>
<p>Build it with <code>npm run build:explorer</code> (or restart with <code>npm start</code>, which builds it first), then reload this page.</p>
<p>${elsewhere}</p>
</body></html>
`;

const NOT_BUILT: Record<Page, string> = {
  explorer: notBuiltPage('The explorer', 'The GraphQL API is up meanwhile: <a href="/graphql">/graphql</a>.'),
  graphiql: notBuiltPage('GraphiQL', 'The GraphQL API is up meanwhile: POST queries to <code>/graphql</code>.'),
};

/** A request this plugin answers: the file of the build it asks for, and the headers that file gets besides sirv's. */
interface Route {
  file: string;
  page?: Page;
  headers: Record<string, string>;
}

/**
 * sirv over `root`, listed anew when a rebuild has changed the folder (Vite empties and refills it), so a
 * reload shows the new build without a restart; null while the folder is missing. sirv serves only the
 * files it listed, by exact name: nothing outside `root`, no dot-files, no guessed extensions.
 */
function builtFiles(root: string): () => Promise<RequestHandler | null> {
  let listed: { version: string; serve: RequestHandler } | undefined;
  return async () => {
    const [folder, assets] = await Promise.all([stat(root).catch(() => null), stat(join(root, 'assets')).catch(() => null)]);
    if (!folder?.isDirectory()) return null;
    const version = `${folder.mtimeMs} ${assets?.mtimeMs}`;
    if (listed?.version !== version) listed = { version, serve: sirv(root, { etag: true, extensions: [] }) };
    return listed.serve;
  };
}

/**
 * The part of node's ServerResponse that sirv writes to (headers, `writeHead`, `end`, and the file piped
 * in), handed on as a fetch Response once its status is known.
 */
class SirvResponse extends PassThrough {
  statusCode = 200;
  readonly #headers: Map<string, string>;
  readonly #answer: (status: number, headers: Map<string, string>, streamed: boolean) => void;

  constructor(headers: Record<string, string>, answer: (status: number, headers: Map<string, string>, streamed: boolean) => void) {
    super();
    this.#headers = new Map(Object.entries(headers));
    this.#answer = answer;
    // An answer without writeHead (sirv's 416 to a range past the end) ends with no body.
    this.once('finish', () => answer(this.statusCode, this.#headers, false));
  }

  getHeader(name: string): string | undefined {
    return this.#headers.get(name.toLowerCase());
  }

  setHeader(name: string, value: string | number): this {
    this.#headers.set(name.toLowerCase(), String(value));
    return this;
  }

  writeHead(status: number, headers: Record<string, string | number> = {}): this {
    this.statusCode = status;
    for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    this.#answer(status, this.#headers, status !== 304);
    return this;
  }
}

/**
 * Asks sirv for `route.file` and answers what it sends as a fetch Response, the file streamed as the
 * body; null when sirv has no such file. A HEAD gets the headers and the file is closed unread.
 */
function answerOf(serve: RequestHandler, request: Request, route: Route, Response: typeof globalThis.Response): Promise<Response | null> {
  return new Promise((resolve) => {
    const withBody = request.method !== 'HEAD';
    let answered = false;
    const res = new SirvResponse(route.headers, (status, headers, streamed) => {
      if (answered) return;
      answered = true;
      // A 304 repeats the validator it matched (RFC 9110 §15.4.5); sirv's has no headers at all.
      if (status === 304) headers.set('etag', request.headers.get('if-none-match')!);
      const body = streamed && withBody ? (Readable.toWeb(res) as ConstructorParameters<typeof Response>[0]) : null;
      resolve(new Response(body, { status, headers: [...headers] }));
    });
    res.once('pipe', (file: Readable) => {
      if (!withBody) return void file.destroy();
      // A failed read ends the answer; an answer ended early (the client went away) closes the file.
      file.once('error', (error) => res.destroy(error));
      res.once('close', () => file.destroy());
    });
    const req = { url: route.file, method: request.method, headers: Object.fromEntries(request.headers) };
    serve(req as unknown as IncomingMessage, res as unknown as ServerResponse, () => resolve(null));
  });
}

export interface ExplorerOptions {
  /** Where the built pages are; explorer/dist by default. */
  root?: string;
  /** Serve GraphiQL to browsers at `graphqlEndpoint` (the GRAPHIQL switch). */
  graphiql?: boolean;
  graphqlEndpoint?: string;
}

/**
 * Serves the pages Vite builds into explorer/dist, through sirv: the explorer at `/`, GraphiQL at
 * `/graphql` to a browser (GET accepting text/html), and `/assets/*` for both. Every other request,
 * `/graphql` queries included, goes on to Yoga, whose plugins add the security headers to these answers too.
 */
export function explorerPlugin({ root = EXPLORER_DIST, graphiql = false, graphqlEndpoint = '/graphql' }: ExplorerOptions = {}): Plugin {
  const files = builtFiles(root);
  // Yoga's own rule for GraphiQL (a GET accepting text/html), HEAD included.
  const isGraphiQL = (request: Request, pathname: string) =>
    graphiql &&
    (pathname === graphqlEndpoint || pathname === `${graphqlEndpoint}/`) &&
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.headers.get('accept') ?? '').includes('text/html');

  const routeOf = (request: Request, pathname: string): Route | null => {
    if (isGraphiQL(request, pathname)) {
      // /graphql answers a page or JSON by the Accept header; caches must keep them apart.
      return { file: '/graphiql.html', page: 'graphiql', headers: { 'cache-control': PAGE_CACHE_CONTROL, vary: 'accept', 'content-security-policy': GRAPHIQL_CONTENT_SECURITY_POLICY } };
    }
    if (pathname === '/' || pathname === '/index.html') return { file: '/index.html', page: 'explorer', headers: { 'cache-control': PAGE_CACHE_CONTROL } };
    if (pathname.startsWith('/assets/')) return { file: pathname, headers: { 'cache-control': ASSET_CACHE_CONTROL } };
    return null;
  };

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const route = routeOf(request, url.pathname);
      if (route === null) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const serve = await files();
      const answer = serve && (await answerOf(serve, request, route, fetchAPI.Response));
      if (answer) endResponse(answer);
      else if (route.page) endResponse(new fetchAPI.Response(NOT_BUILT[route.page], { status: 200, headers: { ...route.headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } }));
      else endResponse(new fetchAPI.Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
    },
  };
}
