// Operation and request limits. Every rejection is a LIMIT_EXCEEDED error given before execution:
// graphql-armor's checks (tokens while parsing; depth, cost, aliases, directives while validating),
// the query's length and the request body's size.
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
    costLimit: { maxCost: config.MAX_COST, ignoreIntrospection: true, ...onRejection },
    maxAliases: { n: config.MAX_ALIASES, ...onRejection },
    maxDirectives: { n: config.MAX_DIRECTIVES, ...onRejection },
    blockFieldSuggestion: { enabled: !config.FIELD_SUGGESTIONS, mask: '' },
  });
  return armor.protect().plugins as Plugin[];
}

const REQUEST_BODY_TOO_LARGE = 'REQUEST_ENTITY_TOO_LARGE';

/**
 * The body and query-text limits. Yoga counts the body (`maxRequestBodySize`, from Content-Length or,
 * without one, from the stream as it is read); this plugin gives its rejection our code, and refuses
 * a declared length over the limit before Yoga looks at the body at all.
 */
export function requestLimitsPlugin(config: Config): Plugin {
  const bodyTooLarge = () => limitRejection(`The request body exceeds the limit of ${config.MAX_BODY_BYTES} bytes.`, 413);
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      const declared = Number(request.headers.get('content-length'));
      if (declared > config.MAX_BODY_BYTES) throw bodyTooLarge();
      if (!requestParser) return;
      setRequestParser(async (limited) => {
        try {
          return await requestParser(limited);
        } catch (error) {
          throw (error as GraphQLError).extensions?.code === REQUEST_BODY_TOO_LARGE ? bodyTooLarge() : error;
        }
      });
    },
    onParams({ params }) {
      if (typeof params.query === 'string' && params.query.length > config.MAX_QUERY_LENGTH) {
        throw limitRejection(`The query is ${params.query.length} characters long; the limit is ${config.MAX_QUERY_LENGTH}.`);
      }
    },
  };
}
