import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Config } from './config.ts';
import { createContext, setProjection, type Context } from './context.ts';
import { explorerPlugin } from './explorer.ts';
import { exportPlugin } from './export/http.ts';
import { resolverPlugin } from './export/resolver.ts';
import { createLogger, yogaLoggerOf, type Logger } from './logger.ts';
import { operationCostPlugin } from './plugins/cost.ts';
import { deadlinePlugin } from './plugins/deadline.ts';
import { healthPlugin, type Lifecycle } from './plugins/health.ts';
import { armorPlugins, requestLimitsPlugin } from './plugins/limits.ts';
import { requestErrorsPlugin } from './plugins/request-errors.ts';
import { requestLogPlugin } from './plugins/request-log.ts';
import { answerIdentity, httpCachePlugin } from './plugins/http-cache.ts';
import { PERSISTED_ID_PARAMETERS, persistedOperationsPlugin, readPersistedOperations } from './plugins/persisted-operations.ts';
import { responseCachePlugin, seedVersionReader, sharedRedisCache } from './plugins/response-cache.ts';
import { corsOptions, securityHeadersPlugin } from './plugins/security.ts';
import { schema } from './schema/index.ts';
import { projectionOf } from './schema/plan.ts';
import type { GraphStore } from './store/graph-store.ts';

/**
 * Adds `extensions.stats` (store round trips and timings) to results: to every result with GRAPH_STATS,
 * or with GRAPH_STATS_HEADER only to requests that send `x-graph-stats: 1`.
 */
function statsPlugin(always: boolean): Plugin<Context> {
  return {
    onExecute({ args }) {
      const request = (args.contextValue as Context & { request?: Request }).request;
      if (!always && request?.headers.get('x-graph-stats') !== '1') return;
      const started = performance.now();
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result || 'errors' in result)) return;
          const { stats } = args.contextValue;
          setResult({
            ...result,
            extensions: {
              ...result.extensions,
              stats: { storeRoundTrips: stats.storeRoundTrips, storeMs: round(stats.storeMs), totalMs: round(performance.now() - started) },
            },
          });
        },
      };
    },
  };
}

/** Gives each execution the projection of its document (src/schema/plan.ts): what its store calls send of each node. */
function projectionPlugin(): Plugin<Context> {
  return {
    onExecute({ args }) {
      setProjection(args.contextValue, projectionOf(args.schema, args.document));
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export interface AppOptions {
  logger?: Logger;
  /** Set `draining` on shutdown: `/ready` then answers 503. */
  lifecycle?: Lifecycle;
}

const GRAPHQL_ENDPOINT = '/graphql';

export function createApp(store: GraphStore, config: Config, { logger = createLogger(config), lifecycle = { draining: false } }: AppOptions = {}) {
  const seedVersion = seedVersionReader(store, config.SEED_VERSION_CHECK_MS);
  const persistedOperations = config.PERSISTED_OPERATIONS === undefined ? undefined : readPersistedOperations(config.PERSISTED_OPERATIONS, schema);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    context: () => createContext(store, config),
    // Unexpected errors never reach clients in any environment: no stack, no Cypher, no host names.
    maskedErrors: { isDev: false },
    // GraphiQL is our own build (explorer/dist/graphiql.html), served by explorerPlugin: Yoga's loads from a CDN.
    graphiql: false,
    logging: yogaLoggerOf(logger),
    cors: corsOptions(config),
    // requestLimitsPlugin enforces MAX_BODY_BYTES: Yoga's own limit wraps every body in a counting stream,
    // which a Content-Length that Node's parser enforces makes needless, and which costs CPU on every request.
    maxRequestBodySize: false,
    // No file uploads here, so no multipart parsing. Batching stays off (Yoga's default).
    multipart: false,
    // Yoga's built-in /health answers an empty body and runs before any plugin; ours answers JSON.
    // A request URL never ends in a space, so this switches the built-in one off.
    healthCheckEndpoint: ' ',
    ...(persistedOperations ? { extraParamNames: PERSISTED_ID_PARAMETERS } : {}),
    plugins: [
      requestLogPlugin(logger, config.LOG_VARIABLES),
      securityHeadersPlugin(),
      healthPlugin(store, config.READY_TIMEOUT_MS, lifecycle),
      httpCachePlugin({ identity: answerIdentity(schema, config), seedVersion, cacheControl: config.CACHE_CONTROL, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      requestLimitsPlugin(config),
      requestErrorsPlugin(),
      ...(persistedOperations ? [persistedOperationsPlugin(persistedOperations, config.ALLOW_ARBITRARY_OPERATIONS)] : []),
      ...armorPlugins(config),
      ...(config.INTROSPECTION ? [] : [useDisableIntrospection()]),
      operationCostPlugin(config),
      projectionPlugin(),
      deadlinePlugin(config.OPERATION_TIMEOUT_MS),
      // @defer and @stream: the answer in parts (multipart/mixed or text/event-stream), e.g. an actor before its quotes.
      useDeferStream(),
      explorerPlugin({ graphiql: config.GRAPHIQL, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      exportPlugin(store, config),
      resolverPlugin(store, config),
      ...(config.GRAPH_STATS || config.GRAPH_STATS_HEADER ? [statsPlugin(config.GRAPH_STATS)] : []),
      ...(config.RESPONSE_CACHE
        ? [
            responseCachePlugin({
              maxEntries: config.RESPONSE_CACHE_MAX_ENTRIES,
              seedVersion,
              shared: config.RESPONSE_CACHE_REDIS_URL === undefined ? undefined : sharedRedisCache(config.RESPONSE_CACHE_REDIS_URL, logger),
            }),
          ]
        : []),
    ],
  });
}
