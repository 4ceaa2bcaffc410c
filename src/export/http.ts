// The exports as downloads: GET /export/graph.graphml, /export/graph.gexf, /export/graph.json,
// /export/graph.ttl, /export/graph.jsonld, /export/nodes.csv and /export/<TYPE>.csv, read from the store
// on each request.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { echo } from '../errors.ts';
import { Iris } from '../graph/vocabulary.ts';
import { noteRequestError } from '../plugins/request-log.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { EXPORT_FILE_NAMES, exportFiles } from './formats.ts';

const PREFIX = '/export/';

/** The IRIs of an answer: under PUBLIC_BASE_URL, else under the origin the request came to. */
export function irisOfRequest(config: Pick<Config, 'PUBLIC_BASE_URL'>, url: URL): Iris {
  return new Iris(config.PUBLIC_BASE_URL ?? url.origin);
}

/**
 * The answer to a store call that failed: the store's coded errors (DATABASE_UNAVAILABLE, TIMEOUT) say
 * what to do, in the shape a GraphQL error has, and go on the request's log line with their cause (503);
 * anything else stays masked (500).
 */
export function storeFailureResponse(error: unknown, request: Request, fetchAPI: { Response: typeof Response }, what: string): Response {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (code === 'DATABASE_UNAVAILABLE' || code === 'TIMEOUT') {
    noteRequestError(request, error, code);
    const body = JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code } }] });
    return new fetchAPI.Response(body, { status: 503, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' } });
  }
  noteRequestError(request, error, 'INTERNAL_SERVER_ERROR');
  return new fetchAPI.Response(`${what} failed.\n`, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export function exportPlugin(store: GraphStore, config: Pick<Config, 'PUBLIC_BASE_URL'>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(PREFIX)) return;
      const name = url.pathname.slice(PREFIX.length);
      const format = EXPORT_FILE_NAMES.get(name);
      const text = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(new fetchAPI.Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } }));
      if (!format) return text(404, `No export ${echo(name)}; try ${[...EXPORT_FILE_NAMES.keys()].slice(0, 4).join(', ')} or <TYPE>.csv\n`);
      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      try {
        const files = await exportFiles(await store.exportGraph(), format, irisOfRequest(config, url));
        const file = files.find((candidate) => candidate.name === name)!;
        const body = Buffer.from(file.content);
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            status: 200,
            headers: {
              'content-type': file.contentType,
              'content-disposition': `attachment; filename="${file.name}"`,
              'content-length': String(body.byteLength),
              'cache-control': 'no-cache',
              'x-content-type-options': 'nosniff',
            },
          }),
        );
      } catch (error) {
        endResponse(storeFailureResponse(error, request, fetchAPI, 'The export'));
      }
    },
  };
}
