import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/** The `extensions.code` values a client can rely on. */
export type ErrorCode = 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT';

/** Characters of a client's value that an error message quotes: enough to recognise it, never a 100 KB argument whole. */
const ECHO_LENGTH = 40;

/** A client's value as an error message quotes it: JSON-quoted (control characters escaped) and cut to a short prefix. */
export function echo(value: string): string {
  return JSON.stringify(value.length <= ECHO_LENGTH ? value : `${value.slice(0, ECHO_LENGTH)}…`);
}

/** A quoted value longer than an echo, in a message graphql-js wrote (it quotes values with JSON.stringify). */
const LONG_QUOTED = new RegExp(`"(?:[^"\\\\]|\\\\.){${ECHO_LENGTH + 1},}"`, 'g');

/** A message with every long quoted value cut as echo() cuts ours: graphql-js quotes a client's variables and literals whole. */
export function cutEchoes(message: string): string {
  return message.replace(LONG_QUOTED, (quoted) => {
    try {
      return echo(JSON.parse(quoted) as string);
    } catch {
      return echo(quoted.slice(1, -1));
    }
  });
}

/**
 * Why the store could not answer, for operators: `/ready` names the cause and the request log line
 * carries both. Never sent in a GraphQL response, and free of secrets (no password, no URI credentials).
 */
export interface StoreFailure {
  /** The cause class, one of a documented few: `authentication`, `not a Bolt server`, `no response`, … */
  cause: string;
  /** What the database or driver said, for the log. */
  detail?: string;
}

const failures = new WeakMap<object, StoreFailure>();

function withFailure(error: GraphQLError, failure: StoreFailure | undefined): GraphQLError {
  if (failure) failures.set(error, failure);
  return error;
}

/**
 * The StoreFailure behind an error, if it has one. graphql-js wraps a resolver's error in a new one
 * (with a path) and keeps the thrown one as `originalError`, so the chain is followed.
 */
export function storeFailureOf(error: unknown): StoreFailure | undefined {
  for (let current = error; current instanceof Error; current = (current as { originalError?: unknown }).originalError) {
    const failure = failures.get(current);
    if (failure) return failure;
  }
  return undefined;
}

export function userInputError(message: string) {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } });
}

export function limitExceededError(message: string) {
  return createGraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED' satisfies ErrorCode } });
}

export function databaseUnavailableError(failure?: StoreFailure) {
  const error = createGraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' satisfies ErrorCode },
  });
  return withFailure(error, failure);
}

export function timeoutError(failure?: StoreFailure) {
  const error = createGraphQLError('The operation took too long and was stopped.', {
    extensions: { code: 'TIMEOUT' satisfies ErrorCode },
  });
  return withFailure(error, failure);
}

/** A simple-path search that would need more than its bound of candidate paths; both stores throw it. */
export function pathSearchLimitError(maxCandidates: number) {
  return limitExceededError(
    `The path search needs more than ${maxCandidates} candidate paths (MAX_PATH_CANDIDATES); lower maxHops or first, or narrow it with filter.`,
  );
}
