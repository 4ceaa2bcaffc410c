// Operation and request limits. Every rejection is a LIMIT_EXCEEDED error given before execution:
// graphql-armor's checks (tokens while parsing; depth, aliases, directives while validating; the cost,
// with variables resolved, is cost.ts's),
// the query's length and the request body's size.
import { IncomingMessage } from 'node:http';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { ErrorCode } from '../errors.ts';

/**
 * A limit error with its HTTP status. `spec: true` lets Yoga follow the GraphQL-over-HTTP spec:
 * 400 for a client that accepts application/graphql-response+json, 200 for a legacy
 * application/json one. A body over the limit is 413 whatever the client accepts.
 */
export function limitRejection(message: string, status: 400 | 413 = 400): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: 'LIMIT_EXCEEDED' satisfies ErrorCode, http: { status, ...(status === 400 ? { spec: true } : {}) } },
  });
}

/** Armor prefixes every limit message with "Syntax Error: ", which it is not. */
function fromArmor(error: GraphQLError): GraphQLError {
  return limitRejection(error.message.replace(/^Syntax Error: /, ''));
}

/**
 * Armor's callback: inside validation, report the coded error so that Yoga treats it as a validation
 * error (400, every failed rule listed); while parsing (no validation context), throw it.
 */
function reject(context: ValidationContext | null, error: GraphQLError): void {
  if (!context) throw fromArmor(error);
  context.reportError(fromArmor(error));
}

const onRejection = { propagateOnRejection: false, onReject: [reject] };

/** graphql-armor's plugins with our limits and coded errors. */
export function armorPlugins(config: Config): Plugin[] {
  const armor = new EnvelopArmor({
    maxTokens: { n: config.MAX_TOKENS, ...onRejection },
    maxDepth: { n: config.MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true, ...onRejection },
    // The cost limit is ours (cost.ts): graphql-armor's reads literals only, so a variable `first` counted 1.
    costLimit: { enabled: false },
    maxAliases: { n: config.MAX_ALIASES, ...onRejection },
    maxDirectives: { n: config.MAX_DIRECTIVES, ...onRejection },
    blockFieldSuggestion: { enabled: !config.FIELD_SUGGESTIONS, mask: '' },
  });
  return armor.protect().plugins as Plugin[];
}

/** Only a single non-negative integer is a valid Content-Length (as Yoga's own check has it). */
const CONTENT_LENGTH = /^\d+$/;

/**
 * Node's HTTP parser hands a request exactly the bytes its Content-Length declares (a body with both a
 * length and chunked encoding is refused before any handler runs), so such a body needs no counting.
 */
function lengthEnforcedByNode(serverContext: unknown, declared: string): boolean {
  const req = (serverContext as { req?: unknown } | undefined)?.req;
  return req instanceof IncomingMessage && req.headers['content-length'] === declared;
}

/** The request with its body counted as it is read; past `limit` bytes the read fails with `tooLarge()`. */
function countingBody(request: Request, limit: number, tooLarge: () => GraphQLError, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body!;
  // A native stream needs the native TransformStream, Yoga's ponyfilled one the ponyfill (graphql-yoga#4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: counted, duplex: 'half' } as RequestInit);
}

/**
 * The body and query-text limits. A declared Content-Length over MAX_BODY_BYTES is refused before the
 * body is read; a body without one (chunked) is counted as it is read. A declared length within the
 * limit that Node's HTTP parser enforces is trusted: wrapping every body in a counting stream (Yoga's
 * `maxRequestBodySize`, switched off in createApp) took half of a bare Yoga's CPU per request.
 */
export function requestLimitsPlugin(config: Config): Plugin {
  const limit = config.MAX_BODY_BYTES;
  const bodyTooLarge = () => limitRejection(`The request body exceeds the limit of ${limit} bytes.`, 413);
  return {
    onRequestParse({ request, requestParser, setRequestParser, serverContext, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw createGraphQLError('Content-Length header is invalid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        if (Number(declared) > limit) throw bodyTooLarge();
        if (lengthEnforcedByNode(serverContext, declared)) return;
      }
      if (!requestParser || request.body === null) return;
      setRequestParser((unlimited) => requestParser(countingBody(unlimited, limit, bodyTooLarge, fetchAPI)));
    },
    onParams({ params }) {
      if (typeof params.query === 'string' && params.query.length > config.MAX_QUERY_LENGTH) {
        throw limitRejection(`The query is ${params.query.length} characters long; the limit is ${config.MAX_QUERY_LENGTH}.`);
      }
    },
  };
}
