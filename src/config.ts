import { z } from 'zod';

/** Thrown when an environment variable has a value we cannot use; its message is one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

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
  /** Per-transaction timeout for every Neo4j read. */
  NEO4J_TX_TIMEOUT_MS: integer(5000, 100, 600_000),
  /** Largest `first` any connection or list accepts. */
  MAX_PAGE_SIZE: integer(100, 1, 10_000),
  DEFAULT_PAGE_SIZE: integer(20, 1, 10_000),
  /** Largest `maxHops` a path query accepts. */
  MAX_PATH_HOPS: integer(8, 1, 20),
  MAX_NEIGHBOURHOOD_HOPS: integer(3, 1, 10),
  MAX_NEIGHBOURHOOD_NODES: integer(500, 1, 100_000),
  GRAPHIQL: flag(true),
  INTROSPECTION: flag(true),
  /** Adds `extensions.stats` (store round trips and timings) to every response. */
  GRAPH_STATS: flag(false),
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
  return result.data;
}
