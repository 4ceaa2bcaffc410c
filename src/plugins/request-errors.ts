// Codes for the request errors that graphql-js and Yoga leave without one, so that every error a
// client can cause says what kind it is.
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { cutEchoes, echo } from '../errors.ts';

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
 * - A POST body in any media type but JSON → 415 with a BAD_REQUEST error.
 * - `variables` or `extensions` of a GET that are not JSON → 400 BAD_REQUEST, not a 500; and a
 *   POST body that is not JSON keeps its 400 without the parser's JS error class beside it.
 * - Every error message quotes a client's value only as a short prefix (cutEchoes), graphql-js's too.
 */
export function requestErrorsPlugin(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      // Other methods get Yoga's 405. JSON is the only POST body read: a form, text/plain or
      // application/graphql POST is one a cross-origin page can send without a preflight, or one no client needs.
      if (request.method === 'POST' && !(requestParser && isJsonBody(request))) {
        throw createGraphQLError(`Unsupported Content-Type ${echo(request.headers.get('content-type') ?? '')}; send application/json.`, {
          extensions: { code: 'BAD_REQUEST', http: { status: 415 } },
        });
      }
      if (requestParser) setRequestParser(withCodedParseErrors(requestParser));
    },
    // The same hook objects for every operation: nothing allocated per request.
    onExecute: () => ON_EXECUTE_DONE,
    onSubscribe: () => ON_SUBSCRIBE_RESULT,
    onResultProcess({ result, setResult }) {
      const cut = withEchoesCut(result);
      if (cut !== result) setResult(cut);
    },
  };
}

type RequestParser = NonNullable<Parameters<NonNullable<Plugin['onRequestParse']>>[0]['requestParser']>;
type ResultProcessorInput = Parameters<NonNullable<Plugin['onResultProcess']>>[0]['result'];

/** Each of Yoga's parsers wrapped once, not once per request. */
const CODED_PARSERS = new WeakMap<RequestParser, RequestParser>();

/** A request parser whose failures are coded: Yoga's GET parser lets JSON.parse's SyntaxError escape as a 500. */
function withCodedParseErrors(parse: RequestParser): RequestParser {
  let coded = CODED_PARSERS.get(parse);
  if (!coded) {
    coded = (request) => {
      try {
        const params = parse(request);
        // Yoga's parsers may answer a thenable of its own rather than a Promise.
        return isThenable(params) ? Promise.resolve(params).catch((error: unknown) => rethrowCoded(error, request)) : params;
      } catch (error) {
        return rethrowCoded(error, request);
      }
    };
    CODED_PARSERS.set(parse, coded);
  }
  return coded;
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null)?.then === 'function';
}

/** The request parameters Yoga reads as JSON from a query string or a form body. */
const JSON_PARAMETERS = ['variables', 'extensions'] as const;

function rethrowCoded(error: unknown, request: Request): never {
  if (error instanceof GraphQLError) {
    if (error.extensions.originalError === undefined) throw error;
    // Yoga puts the JSON parser's error beside its own message: a JS class name and a piece of the body.
    const { originalError: _jsError, ...extensions } = error.extensions;
    throw createGraphQLError(error.message, { extensions });
  }
  // Only JSON.parse fails this way; anything else stays unexpected (masked and logged).
  if (!(error instanceof SyntaxError)) throw error;
  const query = new URL(request.url).searchParams;
  const names = JSON_PARAMETERS.filter((name) => !parsesAsJson(query.get(name)));
  throw createGraphQLError(`${names.length > 0 ? names.join(' and ') : JSON_PARAMETERS.join(' or ')} must be JSON (URL-encoded in a GET).`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400, spec: true } },
  });
}

function parsesAsJson(text: string | null): boolean {
  if (!text) return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The result with every error message's echoes of client values cut to a short prefix. */
function withEchoesCut(result: ResultProcessorInput): ResultProcessorInput {
  if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors) return result;
  let changed = false;
  const errors = result.errors.map((error: GraphQLError) => {
    const message = cutEchoes(error.message);
    if (message === error.message) return error;
    changed = true;
    return createGraphQLError(message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions,
    });
  });
  return changed ? { ...result, errors } : result;
}

/** The media types Yoga's JSON parser reads (parameters such as charset allowed). */
const JSON_MEDIA_TYPE = /^application\/(graphql\+)?json\s*(;|$)/i;

function isJsonBody(request: Request): boolean {
  return JSON_MEDIA_TYPE.test(request.headers.get('content-type') ?? '');
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
