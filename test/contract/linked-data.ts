import jsonld from 'jsonld';
import { Parser, Store, type Quad, type Term } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../seed/extract.ts';
import { NAMESPACES } from '../../src/graph/vocabulary.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { executorFor } from '../helpers.ts';

const { graph } = loadSeedGraph();
const ORIGIN = 'http://localhost';
const ns = (prefix: keyof typeof NAMESPACES, local: string) => `${NAMESPACES[prefix]}${local}`;
const RDF_TYPE = ns('rdf', 'type');

/** A triple as one N-Triples-like line, what two parsers' outputs are compared by. */
export function tripleKey(quad: Quad): string {
  const term = (t: Term): string =>
    t.termType === 'NamedNode'
      ? `<${t.value}>`
      : t.termType === 'Literal'
        ? `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}`
        : `_:${t.value}`;
  return `${term(quad.subject)} ${term(quad.predicate)} ${term(quad.object)}`;
}

export const parseTurtle = (text: string, baseIRI = ORIGIN): Quad[] => new Parser({ baseIRI, format: 'text/turtle' }).parse(text);

/** JSON-LD to triples with jsonld's toRDF, its context fetched from the server that published it, as a client would. */
export async function jsonLdTriples(text: string, fetchFromServer: (path: string) => Promise<Response>): Promise<Quad[]> {
  const documentLoader = async (url: string) => {
    if (!url.startsWith(`${ORIGIN}/`)) throw new Error(`The JSON-LD points at a context elsewhere: ${url}`);
    const response = await fetchFromServer(url.slice(ORIGIN.length));
    expect(response.status).toBe(200);
    return { contextUrl: undefined, documentUrl: url, document: await response.json() };
  };
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader } as never)) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

const keys = (quads: Quad[]) => new Set(quads.map(tripleKey));

/**
 * The graph as linked data, on a store: the exports parse with standard parsers and agree, every quote is a
 * Web Annotation of its paragraph with the exact text, and the node IRIs answer by content negotiation.
 */
export function linkedDataSuite(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`linked data on the ${storeName} store`, () => {
    let fetch: (path: string, init?: RequestInit) => Promise<Response>;
    let turtle: Quad[];
    let store: Store;

    beforeAll(async () => {
      fetch = executorFor(await openStore()).fetch;
      const response = await fetch('/export/graph.ttl');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      turtle = parseTurtle(await response.text());
      store = new Store(turtle);
    });

    const node = (kind: string, key: string) => `${ORIGIN}/id/${kind}/${encodeURIComponent(key)}`;
    const objects = (subject: string, predicate: string) => store.getObjects(subject, predicate, null).map((term) => term.value);

    it('serves Turtle (n3 parser) and JSON-LD (jsonld.toRDF, its @context ours at /ns/context.jsonld) that give the same set of triples', async () => {
      const response = await fetch('/export/graph.jsonld');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      const text = await response.text();
      expect(JSON.parse(text)['@context']).toBe(`${ORIGIN}/ns/context.jsonld`);
      const fromJsonLd = await jsonLdTriples(text, fetch);
      expect(turtle.length).toBeGreaterThan(graph.nodes.length * 4);
      expect(fromJsonLd).toHaveLength(turtle.length);
      expect(keys(fromJsonLd)).toEqual(keys(turtle));
      // No blank nodes: every resource has an IRI that can be looked up.
      expect(turtle.filter((quad) => quad.subject.termType !== 'NamedNode' || quad.object.termType === 'BlankNode')).toEqual([]);
    });

    it('makes every quote a Web Annotation whose target is its paragraph, selected by a TextQuoteSelector holding its exact text, its actors the bodies', () => {
      const quotes = graph.nodes.filter((n) => n.kind === 'Quote');
      expect(quotes.length).toBeGreaterThan(50);
      for (const quote of quotes) {
        const self = node('Quote', quote.key);
        expect(objects(self, RDF_TYPE), quote.key).toContain(ns('oa', 'Annotation'));
        const [target, ...more] = objects(self, ns('oa', 'hasTarget'));
        expect(more).toEqual([]);
        expect(objects(target!, ns('oa', 'hasSource'))).toEqual([node('Paragraph', quote.paragraphRef)]);
        const [selector] = objects(target!, ns('oa', 'hasSelector'));
        expect(objects(selector!, RDF_TYPE)).toEqual([ns('oa', 'TextQuoteSelector')]);
        expect(objects(selector!, ns('oa', 'exact'))).toEqual([quote.text]);
        const actors = graph.relationships.filter((r) => (r.type === 'FILED_UNDER' || r.type === 'NAMES') && r.from.key === quote.key).map((r) => node('Actor', r.to.key));
        const bodies = objects(self, ns('oa', 'hasBody')).flatMap((body) => objects(body, ns('oa', 'hasSource')));
        expect(new Set(bodies)).toEqual(new Set(actors));
        expect(objects(self, ns('dcterms', 'source'))).toEqual([`${ORIGIN}/source/gcm-iscm-references.txt#line=${quote.sourceLine - 1}`]);
      }
    });

    it('publishes the 23 objectives as a SKOS concept scheme, and each paragraph with its AKN-style identifier in A/RES/73/195', () => {
      const scheme = `${ORIGIN}/id/scheme/objectives`;
      expect(objects(scheme, RDF_TYPE)).toEqual([ns('skos', 'ConceptScheme')]);
      expect(objects(scheme, ns('skos', 'hasTopConcept')).sort()).toEqual(Array.from({ length: 23 }, (_, i) => node('Objective', String(i + 1))).sort());
      expect(objects(node('Objective', '6'), ns('skos', 'notation'))).toEqual(['6']);
      const annex = `${ORIGIN}/akn/un/statement/deliberation/un-ga/2018-12-19/73-195/!annex_1`;
      expect(objects(node('Paragraph', '22b'), ns('dcterms', 'identifier')).sort()).toEqual(['/akn/un/statement/deliberation/un-ga/2018-12-19/73-195/!annex_1~para_22__subpara_b', '22b']);
      expect(objects(node('Paragraph', '43biii'), ns('dcterms', 'identifier'))).toContain('/akn/un/statement/deliberation/un-ga/2018-12-19/73-195/!annex_1~para_43__subpara_b__point_iii');
      expect(objects(node('Paragraph', '22b'), ns('eli', 'is_part_of'))).toEqual([annex]);
      expect(objects(annex, ns('dcterms', 'isPartOf'))).toEqual([`${ORIGIN}/akn/un/statement/deliberation/un-ga/2018-12-19/73-195`]);
    });

    it('answers /id/Paragraph/22b with that paragraph\'s triples in Turtle, JSON-LD or N-Triples, and sends a browser to the explorer', async () => {
      const paragraph = node('Paragraph', '22b');
      const response = await fetch('/id/Paragraph/22b', { headers: { accept: 'text/turtle' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect(response.headers.get('vary')).toBe('accept');
      const described = parseTurtle(await response.text());
      expect(keys(described)).toEqual(keys(turtle.filter((quad) => quad.subject.value === paragraph)));
      expect(described.map(tripleKey)).toContain(`<${paragraph}> <${ns('dcterms', 'subject')}> <${node('Objective', '6')}>`);

      const asJsonLd = await fetch('/id/Paragraph/22b', { headers: { accept: 'application/ld+json' } });
      expect(asJsonLd.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      expect(keys(await jsonLdTriples(await asJsonLd.text(), fetch))).toEqual(keys(described));

      const browser = await fetch('/id/Paragraph/22b', { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
      expect(browser.status).toBe(303);
      expect(browser.headers.get('location')).toBe(`${ORIGIN}/#Paragraph%3A22b`);
    });

    it('redirects a paragraph\'s AKN-style IRI to the paragraph, describes the schemes and the resolution, and answers 404 with a code for what it does not know', async () => {
      const akn = await fetch('/akn/un/statement/deliberation/un-ga/2018-12-19/73-195/!annex_1~para_22__subpara_b');
      expect(akn.status).toBe(303);
      expect(akn.headers.get('location')).toBe(node('Paragraph', '22b'));
      const work = await fetch('/akn/un/statement/deliberation/un-ga/2018-12-19/73-195', { headers: { accept: 'text/turtle' } });
      expect(work.status).toBe(200);
      expect(await work.text()).toContain('"A/RES/73/195"');
      expect((await fetch('/id/scheme/objectives')).status).toBe(200);
      for (const path of ['/id/Paragraph/99z', '/id/Planet/earth', '/id/Actor/', '/akn/un/statement/deliberation/un-ga/2018-12-19/73-195/!annex_1~para_99']) {
        const response = await fetch(path, { headers: { accept: 'text/turtle' } });
        expect(response.status, path).toBe(404);
        expect((await response.json()).errors[0].extensions.code, path).toBe('NOT_FOUND');
      }
      expect((await fetch('/id/Paragraph/22b', { headers: { accept: 'image/png' } })).status).toBe(406);
      expect((await fetch('/id/Paragraph/22b', { method: 'POST' })).status).toBe(405);
    });
  });
}
