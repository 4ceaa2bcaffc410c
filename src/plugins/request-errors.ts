// Codes for the request errors that graphql-js and Yoga leave without one, so that every error a
// client can cause says what kind it is.
import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** A request error: refused before any resolver ran; 400 under the GraphQL-over-HTTP spec. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code, http: { status: 400, spec: true } },
  });
}

/**
 * - Variables that don't fit their types ("Variable "$n" got invalid value …") → BAD_USER_INPUT.
 * - An operation type the schema lacks (`mutation`, `subscription`) → GRAPHQL_VALIDATION_FAILED,
 *   as graphql-js 17 reports it.
 * - A body in a media type no parser reads → 415 with a BAD_REQUEST error instead of an empty body.
 */
export function requestErrorsPlugin(): Plugin {
  return {
    onRequestParse({ request, requestParser }) {
      // Other methods get Yoga's 405.
      if (requestParser || request.method !== 'POST') return;
      throw createGraphQLError(`Unsupported Content-Type "${(request.headers.get('content-type') ?? '').slice(0, 100)}"; send application/json.`, {
        extensions: { code: 'BAD_REQUEST', http: { status: 415 } },
      });
    },
    // The same hook objects for every operation: nothing allocated per request.
    onExecute: () => ON_EXECUTE_DONE,
    onSubscribe: () => ON_SUBSCRIBE_RESULT,
  };
}

const ON_EXECUTE_DONE = { onExecuteDone: ({ result, setResult }: ResultHook) => codeRequestErrors(result, setResult) };
const ON_SUBSCRIBE_RESULT = { onSubscribeResult: ({ result, setResult }: ResultHook) => codeRequestErrors(result, setResult) };

interface ResultHook {
  result: ExecutionResult | AsyncIterable<ExecutionResult>;
  setResult: (result: ExecutionResult) => void;
}

function codeRequestErrors(result: ExecutionResult | AsyncIterable<ExecutionResult>, setResult: (result: ExecutionResult) => void): void {
  if (Symbol.asyncIterator in result) return;
  if (!result.errors?.some((error) => error.extensions?.code === undefined && error.path === undefined)) return;
  setResult({
    ...result,
    errors: result.errors.map((error) => {
      if (error.extensions?.code !== undefined || error.path !== undefined) return error;
      if (error.message.startsWith('Variable "$')) return withCode(error, 'BAD_USER_INPUT');
      if (error.message.startsWith('Schema is not configured to execute')) return withCode(error, 'GRAPHQL_VALIDATION_FAILED');
      return error;
    }),
  });
}
