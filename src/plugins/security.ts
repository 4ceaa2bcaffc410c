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

type Directives = Record<string, string[]>;

/**
 * Our own origin only: every script, style, font, worker and request is served by this server, and no
 * script is inline. `data:` images are the pages' icon and the SVGs inlined in the bundled CSS (the
 * explorer's search glass, Monaco's colour picker); they are bytes of our own files, and an image
 * runs no script.
 */
const OWN_ORIGIN_ONLY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * GraphiQL's page needs two more sources, both for code we bundle from npm:
 * - inline styles: Monaco writes `<style>` elements at run time (its theme, list and sash rules) with
 *   no nonce (monaco-editor 0.52 has no option to pass one) and content that varies, so no hash can
 *   name them; its view lines are also drawn as HTML with `style` attributes. Scripts stay 'self' only.
 * - data: fonts: GraphiQL's stylesheet carries its fonts as data: URLs in the file itself.
 */
const GRAPHIQL_EXTRA: Directives = {
  'style-src': ["'unsafe-inline'"],
  'font-src': ['data:'],
};

function policyOf(directives: Directives, extra: Directives = {}): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' '))
    .join('; ');
}

/** The Content-Security-Policy of every response: the explorer, the other pages, assets and API answers. */
export const CONTENT_SECURITY_POLICY = policyOf(OWN_ORIGIN_ONLY);
/** GraphiQL's page: as above, with Monaco's inline styles and GraphiQL's data: fonts (see GRAPHIQL_EXTRA). */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = policyOf(OWN_ORIGIN_ONLY, GRAPHIQL_EXTRA);

const SAFE_HEADERS: [name: string, value: string][] = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
];

/**
 * Adds the safe headers to every response, GraphiQL, the explorer page and errors included; a response
 * that set one already keeps its own (GraphiQL's page its policy).
 */
export function securityHeadersPlugin(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of SAFE_HEADERS) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
    },
  };
}
