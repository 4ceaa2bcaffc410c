// The exports as downloads: GET /export/graph.graphml, /export/graph.gexf, /export/graph.json,
// /export/nodes.csv and /export/<TYPE>.csv, read from the store on each request.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { echo } from '../errors.ts';
import { noteRequestError } from '../plugins/request-log.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { EXPORT_FILE_NAMES, exportFiles } from './formats.ts';

const PREFIX = '/export/';

export function exportPlugin(store: GraphStore): Plugin {
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
        const file = exportFiles(await store.exportGraph(), format).find((candidate) => candidate.name === name)!;
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
        // The store's coded errors (DATABASE_UNAVAILABLE, TIMEOUT) say what to do, in the shape a GraphQL
        // error has, and go on the request's log line with their cause; anything else stays masked.
        const code = error instanceof GraphQLError ? error.extensions.code : undefined;
        if (code === 'DATABASE_UNAVAILABLE' || code === 'TIMEOUT') {
          noteRequestError(request, error, code);
          const body = JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code } }] });
          return endResponse(
            new fetchAPI.Response(body, { status: 503, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' } }),
          );
        }
        noteRequestError(request, error, 'INTERNAL_SERVER_ERROR');
        return text(500, 'The export failed.\n');
      }
    },
  };
}
