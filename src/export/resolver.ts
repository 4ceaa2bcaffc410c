// The linked data's IRIs answer where they point (docs/linked-data.md):
// - `/id/{Kind}/{key}` and every other IRI the graph describes (`/id/scheme/objectives`, `/id/dataset`,
//   the resolution at `/akn/…/73-195` and its annex): by content negotiation, Turtle (`text/turtle`, also
//   for `*/*`), JSON-LD (`application/ld+json`), N-Triples; a browser (`text/html`) is sent (303) to the
//   explorer focused on the node;
// - a paragraph's AKN-style identifier (`/akn/…/!annex_1~para_22__subpara_b`): 303 to the paragraph;
// - `/ns/context.jsonld`: the JSON-LD context the exports point at; `/source/…`: the source document.
// Anything else under /id/ or /akn/ is 404 with a coded body.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { echo } from '../errors.ts';
import { toGlobalId } from '../graph/global-id.ts';
import { NODE_KINDS, type NodeKind } from '../graph/model.ts';
import { CONTEXT_PATH, refOfNodePath, SOURCE_PATH, term } from '../graph/vocabulary.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { SEED_SOURCE_URL } from '../../seed/extract.ts';
import { irisOfRequest, storeFailureResponse } from './http.ts';
import { describe, graphTriples, JSONLD_CONTEXT, toJsonLd, toNTriples, toTurtle } from './linked-data.ts';

const DESCRIBED = ['/id/', '/akn/'];

/** What a description can be sent as, in the server's order of preference (the first wins ties and `*` / `*`). */
const REPRESENTATIONS = ['text/turtle', 'application/ld+json', 'application/n-triples', 'text/html'] as const;
type Representation = (typeof REPRESENTATIONS)[number];

const CONTENT_TYPES: Record<Exclude<Representation, 'text/html'>, string> = {
  'text/turtle': 'text/turtle; charset=utf-8',
  'application/ld+json': 'application/ld+json; charset=utf-8',
  'application/n-triples': 'application/n-triples; charset=utf-8',
};

/**
 * The representation an Accept header prefers (RFC 9110 §12.5.1): each offer takes the quality of the
 * most specific range that matches it; the highest quality wins, ties go to the server's order; null
 * when none is acceptable. No header accepts anything.
 */
export function negotiate(accept: string | null): Representation | null {
  if (!accept?.trim()) return REPRESENTATIONS[0];
  const ranges = accept.split(',').flatMap((part) => {
    const [range, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    return range ? [{ range: range.trim(), q: q === undefined ? 1 : Number(q) }] : [];
  });
  const qualityOf = (offer: string) => {
    const [type] = offer.split('/');
    const match = ranges.find((r) => r.range === offer) ?? ranges.find((r) => r.range === `${type}/*`) ?? ranges.find((r) => r.range === '*/*');
    return match && Number.isFinite(match.q) ? match.q : 0;
  };
  let best: Representation | null = null;
  let bestQuality = 0;
  for (const offer of REPRESENTATIONS) {
    const quality = qualityOf(offer);
    if (quality > bestQuality) [best, bestQuality] = [offer, quality];
  }
  // application/json asks for JSON: JSON-LD is JSON.
  if (best === null && qualityOf('application/json') > 0) return 'application/ld+json';
  return best;
}

export function resolverPlugin(store: GraphStore, config: Pick<Config, 'PUBLIC_BASE_URL' | 'SEED_SOURCE'>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname;
      const served = path === CONTEXT_PATH || path === SOURCE_PATH || DESCRIBED.some((prefix) => path.startsWith(prefix));
      if (!served) return;
      const respond = (status: number, body: string | null, headers: Record<string, string>) =>
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status, headers: { 'cache-control': 'no-cache', vary: 'accept', ...headers } }));
      if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed\n', { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      const notFound = (message: string) =>
        respond(404, JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] }), { 'content-type': 'application/json; charset=utf-8' });

      if (path === CONTEXT_PATH) return respond(200, `${JSON.stringify(JSONLD_CONTEXT, null, 2)}\n`, { 'content-type': 'application/ld+json; charset=utf-8' });
      if (path === SOURCE_PATH) return respond(200, await readFile(config.SEED_SOURCE ?? SEED_SOURCE_URL, 'utf8'), { 'content-type': 'text/plain; charset=utf-8' });

      const node = refOfNodePath(path);
      const isNode = node !== null && (NODE_KINDS as readonly string[]).includes(node.kind);
      const iris = irisOfRequest(config, url);
      const subject = `${iris.base}${path}`;
      try {
        const triples = graphTriples(await store.exportGraph(), iris);
        // A paragraph's AKN-style identifier names the paragraph: see it there.
        const identified = triples.find(([, predicate, object]) => predicate === term('dcterms', 'identifier') && 'literal' in object && object.literal === path);
        if (identified && path.startsWith('/akn/')) return respond(303, null, { location: identified[0] });
        const description = describe(triples, subject);
        if (description.length === 0) {
          return notFound(`Nothing is known as ${echo(path)}${isNode ? '' : `; a node is /id/{Kind}/{key}, Kind one of ${NODE_KINDS.join(', ')}`}`);
        }
        const wanted = negotiate(request.headers.get('accept'));
        if (wanted === null) {
          return respond(406, `Not acceptable; this resource is served as ${REPRESENTATIONS.join(', ')}\n`, { 'content-type': 'text/plain; charset=utf-8' });
        }
        if (wanted === 'text/html') {
          // The explorer takes the node to focus as the global id in the address's fragment.
          const focus = isNode ? `#${encodeURIComponent(toGlobalId(node.kind as NodeKind, node.key))}` : '';
          return respond(303, null, { location: `${iris.base}/${focus}` });
        }
        const body =
          wanted === 'text/turtle' ? await toTurtle(description) : wanted === 'application/ld+json' ? await toJsonLd(description, iris) : await toNTriples(description);
        return respond(200, body, { 'content-type': CONTENT_TYPES[wanted] });
      } catch (error) {
        return endResponse(storeFailureResponse(error, request, fetchAPI, 'Describing the resource'));
      }
    },
  };
}
