// Cross-origin rules and a few response headers that cost nothing. No CSRF token is needed: the API has
// no mutations, and the only POST it executes is JSON, which a browser preflights cross-origin
// (request-errors.ts refuses form and text/plain bodies with 415).
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
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
