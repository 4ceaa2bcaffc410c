import { createGraphQLError } from 'graphql-yoga';

/** The `extensions.code` values a client can rely on. */
export type ErrorCode = 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT';

export function userInputError(message: string) {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } });
}

export function limitExceededError(message: string) {
  return createGraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED' satisfies ErrorCode } });
}

export function databaseUnavailableError() {
  return createGraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' satisfies ErrorCode },
  });
}

export function timeoutError() {
  return createGraphQLError('The operation took too long and was stopped.', {
    extensions: { code: 'TIMEOUT' satisfies ErrorCode },
  });
}
