// Cross-origin rules, CSRF prevention and a few response headers that cost nothing.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import type { Config } from '../config.ts';

/** Yoga's CORS option: none at all (same-origin only) unless CORS_ORIGINS names some. */
export function corsOptions(config: Config): YogaServerOptions<object, object>['cors'] {
  if (config.CORS_ORIGINS.length === 0) return false;
  return {
    origin: config.CORS_ORIGINS.length === 1 && config.CORS_ORIGINS[0] === '*' ? '*' : config.CORS_ORIGINS,
    methods: ['GET', 'POST'],
    credentials: false,
    maxAge: 600,
  };
}

/** The header a GET or a "simple" POST (form, text/plain) must carry; JSON POSTs are preflighted and need none. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Yoga's CSRF prevention: a request a browser would send cross-origin without a preflight must carry
 * a custom header, which a cross-origin page cannot add. Its rejection gets a code here (403).
 */
export function csrfPlugin(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse!(payload);
      } catch {
        throw createGraphQLError(`This request needs a "${CSRF_HEADER}" header, or Content-Type: application/json.`, {
          extensions: { code: 'CSRF_REJECTED', http: { status: 403 } },
        });
      }
    },
  };
}

const SAFE_HEADERS: [name: string, value: string][] = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
];

/** Adds the safe headers to every response, GraphiQL, the explorer page and errors included. */
export function securityHeadersPlugin(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of SAFE_HEADERS) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
    },
  };
}
