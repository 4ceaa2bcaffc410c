import { z } from 'zod';

/** Thrown when an environment variable has a value we cannot use; its message is one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Also seedNeo4j()'s default, for callers that do not go through the configuration. */
export const DEFAULT_SEED_MAX_SHRINK_PERCENT = 10;

const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .optional()
    .transform((value) => (value === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(value)));

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const number = Number(value);
      if (!Number.isInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: 'custom', message: `must be an integer from ${min} to ${max}, got "${value}"` });
        return z.NEVER;
      }
      return number;
    });

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === '' ? undefined : value));

/** Every environment variable the server reads, with its default. Documented in the README. */
export const ENVIRONMENT = z.object({
  PORT: integer(4000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Unset: the embedded in-process store. Set: every read goes to Neo4j. */
  NEO4J_URI: optionalText.pipe(
    z.union([z.undefined(), z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'must be a bolt:// or neo4j:// URI')]),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: optionalText,
  // The seed data (docs/operations.md, "The seed and its guards").
  /** The source document the embedded store and `npm run seed` read; unset: seed/source/gcm-iscm-references.txt. */
  SEED_SOURCE: optionalText,
  /**
   * Largest share of the graph in Neo4j, in percent of its nodes or of its relationships, that `npm run seed`
   * may remove; a seed that would remove more rolls back unless given `--allow-shrink`.
   */
  SEED_MAX_SHRINK_PERCENT: integer(DEFAULT_SEED_MAX_SHRINK_PERCENT, 0, 100),
  /** Per-transaction timeout for every Neo4j read. */
  NEO4J_TX_TIMEOUT_MS: integer(5000, 100, 600_000),
  /** Largest `first` any connection or list accepts. */
  MAX_PAGE_SIZE: integer(100, 1, 10_000),
  DEFAULT_PAGE_SIZE: integer(20, 1, 10_000),
  /** Largest `maxHops` a path query accepts. */
  MAX_PATH_HOPS: integer(8, 1, 20),
  /** Largest `maxHops` of `paths` (simple paths): their number grows fast with the length. */
  MAX_SIMPLE_PATH_HOPS: integer(5, 1, 10),
  /** Candidate paths one `paths` search may consider before it answers LIMIT_EXCEEDED: its work, not only its answer, is bounded. */
  MAX_PATH_CANDIDATES: integer(10_000, 1, 10_000_000),
  MAX_NEIGHBOURHOOD_HOPS: integer(3, 1, 10),
  MAX_NEIGHBOURHOOD_NODES: integer(500, 1, 100_000),
  GRAPHIQL: flag(true),
  INTROSPECTION: flag(true),
  /** Adds `extensions.stats` (store round trips and timings) to every response. */
  GRAPH_STATS: flag(false),
  /** Adds `extensions.stats` only to requests sent with the header `x-graph-stats: 1` (for benchmarks and debugging). */
  GRAPH_STATS_HEADER: flag(false),
  /** Caches whole responses, keyed on the seed version (the graph is read-only between seeds); errors never. */
  RESPONSE_CACHE: flag(false),
  RESPONSE_CACHE_MAX_ENTRIES: integer(1000, 1, 1_000_000),
  /**
   * With RESPONSE_CACHE: keep the cache in this Redis, shared by every server pointed at it, instead of in
   * each process (RESPONSE_CACHE_MAX_ENTRIES then does not apply: Redis's maxmemory bounds it).
   */
  RESPONSE_CACHE_REDIS_URL: optionalText.pipe(
    z.union([z.undefined(), z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')]),
  ),
  /** How often the response cache and the ETags read the seed version: the longest a re-seed can go unnoticed. */
  SEED_VERSION_CHECK_MS: integer(1000, 0, 600_000),
  /** Cache-Control of successful GET answers and their 304s; every use revalidates by default (ETag, If-None-Match). */
  CACHE_CONTROL: z
    .string()
    .regex(/^[\x20-\x7e]+$/, 'must be a Cache-Control header value, e.g. "public, max-age=60"')
    .default('no-cache'),

  // Operation limits (docs/operations.md): each rejection is a LIMIT_EXCEEDED error before execution.
  /** Deepest selection nesting of an operation (introspection's `__schema` excepted). */
  MAX_DEPTH: integer(10, 1, 100),
  /**
   * Page cost of an operation: objects 2, scalars 1, ×1.5 per level, × `first`/`last`, a literal or a
   * variable alike (absent counts 1). Two nested pages of 100 exceed the default; 100 actors × 23 objectives don't.
   */
  MAX_COST: integer(100_000, 1, 100_000_000),
  /** Research work an operation may ask of the store: the sum of what its path, neighbourhood and network fields declare. */
  MAX_OPERATION_WORK: integer(32_000, 1, 100_000_000),
  /** Research fields (those that declare work) running at once in this process; more wait their turn. */
  RESEARCH_CONCURRENCY: integer(1, 1, 1000),
  MAX_ALIASES: integer(15, 0, 1000),
  /** Lexical tokens of the query text: bounds parser work before any validation. */
  MAX_TOKENS: integer(2000, 10, 1_000_000),
  MAX_DIRECTIVES: integer(50, 0, 1000),
  /** Characters of the query text. */
  MAX_QUERY_LENGTH: integer(20_000, 10, 10_000_000),
  /** Bytes of a request body; larger gets 413, counted from Content-Length or from the stream. */
  MAX_BODY_BYTES: integer(100_000, 100, 100_000_000),
  /** "Did you mean …?" hints in validation errors; off, they don't reveal the schema when introspection is off. */
  FIELD_SUGGESTIONS: flag(false),

  // Time.
  /** Whole-operation deadline: past it the response is a TIMEOUT error. */
  OPERATION_TIMEOUT_MS: integer(10_000, 10, 600_000),
  /** How long `/ready` waits for its read of the store before answering 503. */
  READY_TIMEOUT_MS: integer(1000, 10, 60_000),
  /** After SIGTERM: how long in-flight requests may take before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: integer(8000, 0, 60_000),

  // Trusted documents.
  /** A manifest of the operations clients may run (relay-compiler, GraphQL Code Generator or Apollo format); unset: any operation. */
  PERSISTED_OPERATIONS: optionalText,
  /** With PERSISTED_OPERATIONS: also run operations sent as text, not only the manifest's. */
  ALLOW_ARBITRARY_OPERATIONS: flag(false),

  // HTTP.
  /** Origins allowed cross-origin access, comma-separated, or `*`; empty: same-origin only. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const origins = (value ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
      if (origins.length === 1 && origins[0] === '*') return origins;
      const bad = origins.find((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
      if (bad !== undefined) {
        ctx.addIssue({ code: 'custom', message: `must be "*" or origins like https://example.org, comma-separated, got "${bad}"` });
        return z.NEVER;
      }
      return origins;
    }),

  // Linked data (docs/linked-data.md).
  /**
   * The base of every IRI the linked data mints (`{base}/id/Actor/iom`), without a trailing slash;
   * unset: the origin each request came to, and http://localhost:4000 for `npm run export`. Set it where
   * the server is public: identifiers that others store must not change with the Host a client used.
   */
  PUBLIC_BASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/, 'must be an http:// or https:// URL without a query or fragment, e.g. https://gcm.example.org')
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),

  // Logs.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Log each request's GraphQL variables (they may hold what users typed). */
  LOG_VARIABLES: flag(false),
});

export type Config = z.infer<typeof ENVIRONMENT>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ENVIRONMENT.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  if (result.data.DEFAULT_PAGE_SIZE > result.data.MAX_PAGE_SIZE) {
    throw new ConfigError('Invalid environment: DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE');
  }
  // A Redis URL alone would look like a shared cache while nothing is cached at all.
  if (result.data.RESPONSE_CACHE_REDIS_URL !== undefined && !result.data.RESPONSE_CACHE) {
    throw new ConfigError('Invalid environment: RESPONSE_CACHE_REDIS_URL needs RESPONSE_CACHE=1');
  }
  return result.data;
}
