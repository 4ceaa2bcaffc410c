// The graph as linked data: the established vocabularies it is written in, the IRIs of its nodes and of
// the documents it cites, and the triple shape the catalogue's per-kind and per-relationship entries
// produce (src/graph/catalogue.ts). No RDF library here: src/export/linked-data.ts turns these triples
// into Turtle (n3) and JSON-LD (jsonld). docs/linked-data.md explains every choice.
import type { ActorCategory, NodeRef, ParagraphNode } from './model.ts';

/** The namespaces used, by their customary prefix; nothing of our own. */
export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  oa: 'http://www.w3.org/ns/oa#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  eli: 'http://data.europa.eu/eli/ontology#',
} as const;

type Prefix = keyof typeof NAMESPACES;

/** A term of a vocabulary: `term('skos', 'prefLabel')`. */
export const term = (prefix: Prefix, local: string): string => `${NAMESPACES[prefix]}${local}`;

export const RDF_TYPE = term('rdf', 'type');

/** An object of a triple: an IRI, or a literal (a plain string unless a datatype or language is given). */
export type RdfObject = { iri: string } | { literal: string; datatype?: string; language?: string };

/** A triple; subjects are always IRIs (no blank nodes: every resource can be named and looked up). */
export type Triple = readonly [subject: string, predicate: string, object: RdfObject];

export const iri = (value: string): RdfObject => ({ iri: value });
/** English text: labels and titles of the Compact and the analysis. */
export const english = (value: string): RdfObject => ({ literal: value, language: 'en' });
export const plain = (value: string): RdfObject => ({ literal: value });
export const dated = (value: string): RdfObject => ({ literal: value, datatype: term('xsd', 'date') });

/** The Akoma Ntoso work IRI of A/RES/73/195 (AKN4UN naming: a statement of the General Assembly's deliberation). */
export const AKN_WORK_PATH = '/akn/un/statement/deliberation/un-ga/2018-12-19/73-195';
/** The resolution's annex, which holds the Compact's text: our derivation of an AKN component name. */
export const AKN_ANNEX_PATH = `${AKN_WORK_PATH}/!annex_1`;
/** Where the source document is served. */
export const SOURCE_PATH = '/source/gcm-iscm-references.txt';
/** Where the JSON-LD context is served. */
export const CONTEXT_PATH = '/ns/context.jsonld';

/**
 * The eId of a paragraph inside the annex, after the Akoma Ntoso naming convention's hierarchical
 * ids (`para_22__subpara_b__point_iii`): our derivation, see docs/linked-data.md.
 */
export function paragraphEId(paragraph: Pick<ParagraphNode, 'number' | 'letter' | 'item'>): string {
  return [`para_${paragraph.number}`, paragraph.letter && `subpara_${paragraph.letter}`, paragraph.item && `point_${paragraph.item}`].filter(Boolean).join('__');
}

/** The AKN-style identifier of a paragraph's place in A/RES/73/195: the annex component's IRI, `~`, its eId. */
export function paragraphAknPath(paragraph: Pick<ParagraphNode, 'number' | 'letter' | 'item'>): string {
  return `${AKN_ANNEX_PATH}~${paragraphEId(paragraph)}`;
}

/** The base of the IRIs that `npm run export` mints when PUBLIC_BASE_URL is unset: the server's default address. */
export const DEFAULT_BASE_URL = 'http://localhost:4000';

/** The concept schemes the graph publishes. */
export const SCHEMES = ['objectives', 'actor-categories', 'reference-phrases'] as const;
export type SchemeName = (typeof SCHEMES)[number];

/** Every IRI the graph mints, under one base (PUBLIC_BASE_URL): stable as long as the base and the keys are. */
export class Iris {
  /** `base` without a trailing slash: `https://gcm.example.org`. */
  constructor(readonly base: string) {}

  /** A node: `{base}/id/Paragraph/22b`. */
  node(ref: NodeRef): string {
    return `${this.base}${nodePath(ref)}`;
  }

  /** A resource named after a node: `{base}/id/Quote/x#selector`. */
  partOf(ref: NodeRef, part: string): string {
    return `${this.node(ref)}#${part}`;
  }

  scheme(name: SchemeName): string {
    return `${this.base}/id/scheme/${name}`;
  }

  category(category: ActorCategory): string {
    return `${this.scheme('actor-categories')}#${category}`;
  }

  get work(): string {
    return `${this.base}${AKN_WORK_PATH}`;
  }

  get annex(): string {
    return `${this.base}${AKN_ANNEX_PATH}`;
  }

  get source(): string {
    return `${this.base}${SOURCE_PATH}`;
  }

  /** The position where a 1-based line of the source starts, as an RFC 5147 text/plain fragment (`line=` counts from 0). */
  sourceLine(line: number): string {
    return `${this.source}#line=${line - 1}`;
  }

  get dataset(): string {
    return `${this.base}/id/dataset`;
  }

  get context(): string {
    return `${this.base}${CONTEXT_PATH}`;
  }
}

/** The path of a node's IRI: `/id/{Kind}/{key}`. */
export function nodePath(ref: NodeRef): string {
  return `/id/${ref.kind}/${encodeURIComponent(ref.key)}`;
}

/** The node an `/id/{Kind}/{key}` path names, or null; the kind is checked by the caller against the model. */
export function refOfNodePath(path: string): { kind: string; key: string } | null {
  const match = /^\/id\/([A-Za-z]+)\/([^/]+)$/.exec(path);
  if (!match) return null;
  try {
    return { kind: match[1]!, key: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

