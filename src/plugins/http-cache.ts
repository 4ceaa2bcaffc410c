// GET answers that browsers and CDNs can keep. The graph changes only with a seed, so the answer to a GET
// is fixed by the seed version, the release and settings that shape answers, and the request itself (its
// query string and Accept). Their hash is the ETag, known before anything runs: a matching
// If-None-Match is a 304 without parsing or executing, and a re-seed changes every ETag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { projectFile } from '../project-files.ts';

/** Settings that never change an answer's body; every other one (page sizes, caps, limits) goes into the ETag. */
const SETTINGS_OUTSIDE_ANSWERS = new Set<keyof Config>([
  'PORT', 'HOST', 'NODE_ENV', 'NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'LOG_LEVEL', 'LOG_VARIABLES',
  'READY_TIMEOUT_MS', 'SHUTDOWN_TIMEOUT_MS', 'CORS_ORIGINS', 'GRAPHIQL', 'RESPONSE_CACHE', 'RESPONSE_CACHE_MAX_ENTRIES',
  'RESPONSE_CACHE_REDIS_URL', 'SEED_VERSION_CHECK_MS', 'CACHE_CONTROL',
]);

const PACKAGE_VERSION = (JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { version: string }).version;

/** What besides the data decides an answer: the release (version and schema) and the answer-shaping settings. */
export function answerIdentity(schema: GraphQLSchema, config: Config): string {
  const settings = Object.entries(config).filter(([name]) => !SETTINGS_OUTSIDE_ANSWERS.has(name as keyof Config));
  return createHash('sha256').update(JSON.stringify([PACKAGE_VERSION, printSchema(schema), settings])).digest('base64url');
}

/**
 * `If-None-Match: "a", W/"b"` names `"b"` too: a conditional GET compares weakly (RFC 9110 §13.1.2).
 * `*` is not taken: it would turn a request that now fails into a 304.
 */
function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export interface HttpCacheOptions {
  identity: string;
  seedVersion: () => Promise<string>;
  cacheControl: string;
  graphqlEndpoint: string;
}

export function httpCachePlugin({ identity, seedVersion, cacheControl, graphqlEndpoint }: HttpCacheOptions): Plugin {
  const etagOf = new WeakMap<Request, string>();
  const cacheable = new WeakSet<Request>();
  const cacheHeaders = (etag: string) => ({ etag, 'cache-control': cacheControl, vary: 'Accept' });
  /** The ETag of a GET, and a 304 when If-None-Match names it. */
  async function conditional(request: Request, url: URL, endResponse: (response: Response) => void, fetchAPI: { Response: typeof Response }) {
    let version: string;
    try {
      version = await seedVersion();
    } catch {
      return; // The store is away: the request fails on its own, and nothing is cacheable.
    }
    const hash = createHash('sha256')
      .update(JSON.stringify([identity, version, url.search, request.headers.get('accept') ?? '', request.headers.get('x-graph-stats') ?? '']))
      .digest('base64url');
    const etag = `"${hash.slice(0, 32)}"`;
    const ifNoneMatch = request.headers.get('if-none-match');
    if (ifNoneMatch !== null && matches(ifNoneMatch, etag)) {
      endResponse(new fetchAPI.Response(null, { status: 304, headers: cacheHeaders(etag) }));
      return;
    }
    etagOf.set(request, etag);
  }

  return {
    // POSTs pass synchronously: no promise per request where there is nothing to cache.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname !== graphqlEndpoint || url.search === '') return;
      return conditional(request, url, endResponse, fetchAPI);
    },
    onResultProcess({ request, result }) {
      // Only a single whole answer without errors: not a stream (@defer, @stream), not a partial or failed one.
      if (!etagOf.has(request) || Array.isArray(result) || Symbol.asyncIterator in result) return;
      const { errors, extensions } = result as ExecutionResult;
      if (!errors?.length && extensions?.stats === undefined) cacheable.add(request);
    },
    onResponse({ request, response }) {
      const etag = etagOf.get(request);
      if (etag === undefined || !cacheable.has(request) || response.status !== 200) return;
      for (const [name, value] of Object.entries(cacheHeaders(etag))) {
        if (name === 'vary') response.headers.append(name, value);
        else response.headers.set(name, value);
      }
    },
  };
}
