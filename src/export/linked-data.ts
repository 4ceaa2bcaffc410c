// The graph as linked data: Turtle (written by n3) and JSON-LD (compacted by jsonld against the context
// we publish at /ns/context.jsonld), from one list of triples. What each node kind and relationship type
// says comes from the catalogue (KINDS[kind].linkedData, RELATIONSHIPS[type].linkedData); this module adds
// what every node says (its label and key) and the few resources the graph cites: the resolution and its
// annex, the concept schemes, the source document and the dataset itself. docs/linked-data.md.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { DataFactory, Writer, type Quad } from 'n3';
import { displayName, KINDS, RELATIONSHIPS, type KindDescriptor } from '../graph/catalogue.ts';
import { ACTOR_CATEGORIES, type ActorCategory, type GraphData, type NodeKind } from '../graph/model.ts';
import { dated, english, iri, Iris, NAMESPACES, plain, RDF_TYPE, term, type RdfObject, type Triple } from '../graph/vocabulary.ts';
import { projectFile } from '../project-files.ts';

const { namedNode, literal, quad } = DataFactory;

const PACKAGE = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { name: string; version: string; releaseDate: string };

/** The names of the actor categories, as the concepts of their scheme. */
export const ACTOR_CATEGORY_LABELS: Record<ActorCategory, string> = {
  ISCM: 'Inter-State consultation mechanisms',
  IGO: 'Intergovernmental organizations',
  UN_SYSTEM: 'United Nations system',
  FINANCIAL_INSTITUTION: 'Financial institutions',
  NON_STATE: 'Non-State stakeholders',
};

const SOURCE_TITLE =
  'References to Inter-State Consultation Mechanisms on Migration and Other Regional Actors in the “Global Compact for Safe, Orderly and Regular Migration”';
const COMPACT_TITLE = 'Global Compact for Safe, Orderly and Regular Migration';

/** What the graph cites and publishes beside its nodes: the resolution, its annex, the schemes, the source and the dataset. */
function documentTriples(iris: Iris): Triple[] {
  const scheme = (name: Parameters<Iris['scheme']>[0], label: string): Triple[] => [
    [iris.scheme(name), RDF_TYPE, iri(term('skos', 'ConceptScheme'))],
    [iris.scheme(name), term('skos', 'prefLabel'), english(label)],
    [iris.scheme(name), term('dcterms', 'source'), iri(iris.annex)],
  ];
  return [
    [iris.work, RDF_TYPE, iri(term('schema', 'Legislation'))],
    [iris.work, RDF_TYPE, iri(term('eli', 'LegalResource'))],
    [iris.work, term('schema', 'legislationIdentifier'), plain('A/RES/73/195')],
    [iris.work, term('schema', 'name'), english(`Resolution adopted by the General Assembly on 19 December 2018: ${COMPACT_TITLE}`)],
    [iris.work, term('schema', 'legislationDate'), dated('2018-12-19')],
    [iris.work, term('dcterms', 'hasPart'), iri(iris.annex)],
    [iris.annex, RDF_TYPE, iri(term('eli', 'LegalResourceSubdivision'))],
    [iris.annex, term('eli', 'is_part_of'), iri(iris.work)],
    [iris.annex, term('dcterms', 'isPartOf'), iri(iris.work)],
    [iris.annex, term('dcterms', 'title'), english(COMPACT_TITLE)],
    ...scheme('objectives', `The 23 objectives of the ${COMPACT_TITLE}`),
    ...scheme('actor-categories', 'Categories of the actors the Compact refers to'),
    ...scheme('reference-phrases', 'Wordings of the reference tables of the IOM analysis'),
    ...ACTOR_CATEGORIES.flatMap((category): Triple[] => [
      [iris.category(category), RDF_TYPE, iri(term('skos', 'Concept'))],
      [iris.category(category), term('skos', 'inScheme'), iri(iris.scheme('actor-categories'))],
      [iris.category(category), term('skos', 'notation'), plain(category)],
      [iris.category(category), term('skos', 'prefLabel'), english(ACTOR_CATEGORY_LABELS[category])],
    ]),
    [iris.source, RDF_TYPE, iri(term('prov', 'Entity'))],
    [iris.source, RDF_TYPE, iri(term('schema', 'Report'))],
    [iris.source, term('dcterms', 'title'), english(SOURCE_TITLE)],
    [iris.source, term('dcterms', 'creator'), english('International Organization for Migration (IOM), International Partnerships Division (IPD)')],
    [iris.source, term('dcterms', 'format'), plain('text/plain')],
    [iris.source, term('dcterms', 'references'), iri(iris.work)],
    [iris.dataset, RDF_TYPE, iri(term('schema', 'Dataset'))],
    [iris.dataset, RDF_TYPE, iri(term('prov', 'Entity'))],
    [iris.dataset, term('schema', 'name'), english(`${PACKAGE.name}: who the ${COMPACT_TITLE} (A/RES/73/195) asks to do what`)],
    [iris.dataset, term('schema', 'version'), plain(PACKAGE.version)],
    [iris.dataset, term('schema', 'datePublished'), dated(PACKAGE.releaseDate)],
    [iris.dataset, term('prov', 'wasDerivedFrom'), iri(iris.source)],
    [iris.dataset, term('schema', 'isBasedOn'), iri(iris.work)],
  ];
}

const objectKey = (object: RdfObject) => ('iri' in object ? `<${object.iri}>` : `${JSON.stringify(object.literal)}^^${object.datatype ?? ''}@${object.language ?? ''}`);

/** Every triple of the graph, each once, by subject, then predicate, then object: the same graph gives the same text. */
export function graphTriples(data: GraphData, iris: Iris): Triple[] {
  const triples: Triple[] = [...documentTriples(iris)];
  for (const node of data.nodes) {
    const self = iris.node(node);
    triples.push([self, term('rdfs', 'label'), english(displayName(node))], [self, term('dcterms', 'identifier'), plain(node.key)]);
    triples.push(...(KINDS[node.kind] as KindDescriptor<NodeKind>).linkedData(node, iris));
  }
  for (const relationship of data.relationships) triples.push(...RELATIONSHIPS[relationship.type].linkedData(relationship.from, relationship.to, iris));
  const unique = new Map(triples.map((triple) => [`${triple[0]} ${triple[1]} ${objectKey(triple[2])}`, triple]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, triple]) => triple);
}

/** The description of one resource: the triples about it and about the resources named after it (`{iri}#…`). */
export function describe(triples: readonly Triple[], subject: string): Triple[] {
  return triples.filter(([about]) => about === subject || about.startsWith(`${subject}#`));
}

function quadOf([subject, predicate, object]: Triple): Quad {
  const value =
    'iri' in object ? namedNode(object.iri) : literal(object.literal, object.language ?? (object.datatype ? namedNode(object.datatype) : undefined));
  return quad(namedNode(subject), namedNode(predicate), value);
}

function write(triples: readonly Triple[], options: ConstructorParameters<typeof Writer>[0]): Promise<string> {
  const writer = new Writer(options);
  writer.addQuads(triples.map(quadOf));
  return new Promise((resolve, reject) => writer.end((error, text: string) => (error ? reject(error) : resolve(text))));
}

/** Turtle, with the vocabularies' prefixes. */
export function toTurtle(triples: readonly Triple[]): Promise<string> {
  return write(triples, { format: 'Turtle', prefixes: NAMESPACES });
}

/** N-Triples: one triple a line, what the release's checksums and RDF tools compare. */
export function toNTriples(triples: readonly Triple[]): Promise<string> {
  return write(triples, { format: 'N-Triples' });
}

/** The JSON-LD context we publish at /ns/context.jsonld: the vocabularies' prefixes, nothing of our own. */
export const JSONLD_CONTEXT = { '@context': { ...NAMESPACES } } as const;

/** JSON-LD, compacted against our context and pointing at its published copy. */
export async function toJsonLd(triples: readonly Triple[], iris: Iris): Promise<string> {
  const expanded = await jsonld.fromRDF(await toNTriples(triples), { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, JSONLD_CONTEXT['@context']);
  const { '@context': _inline, ...rest } = compacted as Record<string, unknown>;
  // A single resource compacts to one object; a graph to @graph. Either way the context is the published one.
  return `${JSON.stringify({ '@context': iris.context, ...rest }, null, 2)}\n`;
}
