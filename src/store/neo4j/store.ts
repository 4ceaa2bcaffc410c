import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config.ts';
import { pathSearchLimitError } from '../../errors.ts';
import {
  NODE_KINDS,
  RELATIONSHIP_TYPE_NAMES,
  type ActorCategory,
  type ActorNode,
  type EntryPointNode,
  type GraphData,
  type GraphNode,
  type GraphRelationship,
  type LinkBasis,
  type NodeKind,
  type NodeOfKind,
  type NodeRef,
  type ObjectiveNode,
  type ParagraphNode,
  type QuoteNode,
  type ReferencePhraseNode,
  type RelationshipType,
} from '../../graph/model.ts';
import {
  LINK_RELATIONS,
  RELATIONS,
  type ActorFilter,
  type Found,
  type Included,
  type LinkRelationName,
  type ListPage,
  type ListQuery,
  type Read,
  type ActorNetworkResult,
  type ActorOrder,
  type CoMention,
  type EntryPointFilter,
  type GraphStore,
  type LinkDetail,
  type ObjectiveLink,
  type Page,
  type PageOf,
  type ParagraphFilter,
  type ParagraphOrder,
  type PathFilter,
  type PathQuery,
  type PathResult,
  type Projection,
  type QuoteFilter,
  type QuoteOrder,
  type RelatedNode,
  type RelationName,
  orderBuckets,
  type FacetBucket,
  type FacetCounts,
  type FacetDimension,
  type SearchPage,
  type SubgraphResult,
} from '../graph-store.ts';
import { facetsOf, KINDS, RELATION_NAMES, type FacetSource, type RelationName as CatalogueRelation, type SortProperty } from '../../graph/catalogue.ts';
import { LINK_RELATIONSHIP_TYPE } from '../../graph/links.ts';
import { cypher, cypherTemplate, fragmentLiteral, integerLiteral, labelLiteral, patternLiteral, type CypherLiteral } from './cypher.ts';
import { acquireDriver, releaseDriver } from './driver.ts';
import { labelledNode, labelledNodeFromValues, nodeFromValues, sentProperties, type SentProperties } from './nodes.ts';
import { int, pageParameters, readRecords, type ReadOptions } from './run.ts';

/** The ORDER BY of read/actors.cypher for each ActorOrder. */
const ACTOR_ORDERS: Record<ActorOrder, string> = {
  NAME: 'a.name, a.key',
  MENTION_COUNT: 'COUNT { MATCH (a)<-[:FILED_UNDER|NAMES]-(q:Quote) RETURN DISTINCT q } DESC, a.name, a.key',
};

/** The properties a relation may be ordered by, as Cypher property names. */
const SORT_PROPERTIES: Record<SortProperty, string> = { sourceLine: 'sourceLine', order: 'order', name: 'name', number: 'number' };

/** The pattern of an actor–objective link from either end, binding the link as `l`. */
const LINK_PATTERNS = { out: `-[l:${LINK_RELATIONSHIP_TYPE}]->`, in: `<-[l:${LINK_RELATIONSHIP_TYPE}]-` } as const;

/** A relation's name as a Cypher column name: one of the catalogue's. */
function relationLiteral(name: string): CypherLiteral {
  if (!(RELATION_NAMES as readonly string[]).includes(name)) throw new Error(`Not a relation of the catalogue: ${JSON.stringify(name)}`);
  return name as CypherLiteral;
}

/** The placeholders of cypher/fragments/related-of-node.cypher for one relation, from its entry in the catalogue. */
function relationValues(name: CatalogueRelation) {
  const { to, types, direction, orderBy } = RELATIONS[name];
  return { to: labelLiteral(to), pattern: patternLiteral(types, direction), orderBy: fragmentLiteral(SORT_PROPERTIES, orderBy) };
}

/** A property of a kind's nodes, checked against the catalogue's fields of that kind. */
function propertyLiteral(kind: NodeKind, property: string): CypherLiteral {
  if (!(KINDS[kind].fields as readonly string[]).includes(property)) throw new Error(`Not a property of ${kind}: ${JSON.stringify(property)}`);
  return property as CypherLiteral;
}

/** The [dimension, value] pairs of a node n along one facet, from its source in the catalogue (cypher/fragments/facet-of-*.cypher). */
function facetValueOf(kind: NodeKind | null, dimension: string, source: FacetSource): string {
  const name = (/^[a-zA-Z]+$/.test(dimension) ? dimension : '') as CypherLiteral;
  if (!name || !facetsOf(kind)[dimension as FacetDimension]) throw new Error(`Not a facet of ${kind ?? 'a search'}: ${JSON.stringify(dimension)}`);
  if ('label' in source) return cypherTemplate('fragments/facet-of-label', { dimension: name });
  if ('relation' in source) {
    const { to, types, direction } = RELATIONS[source.relation];
    return cypherTemplate('fragments/facet-of-relation', { dimension: name, pattern: patternLiteral(types, direction), to: labelLiteral(to), property: propertyLiteral(to, source.property) });
  }
  if ('links' in source) {
    const { from, to } = LINK_RELATIONS[source.links];
    const values = { dimension: name, pattern: fragmentLiteral(LINK_PATTERNS, from === 'Actor' ? 'out' : 'in'), to: labelLiteral(to) };
    return cypherTemplate(source.property === 'basis' ? 'fragments/facet-of-link-basis' : 'fragments/facet-of-link-ends', values);
  }
  return cypherTemplate('fragments/facet-of-property', { dimension: name, property: propertyLiteral(kind!, source.property) });
}

/** Every facet of a kind's list (null: a search's) as one list expression of [dimension, value] pairs of n, for cypher/fragments/facet-counts.cypher. */
function facetValuesOf(kind: NodeKind | null): CypherLiteral {
  const parts = Object.entries(facetsOf(kind)).map(([dimension, descriptor]) => facetValueOf(kind, dimension, descriptor!.source));
  return (parts.length === 0 ? '[]' : parts.join('\n+ ')) as CypherLiteral;
}

/** A list read without facets counts nothing: its statement has this in place of the facets block, so plans no counting. */
const NO_FACETS = 'RETURN [] AS facets' as CypherLiteral;

/** The facets block of a list or search statement (cypher/fragments/<list>-facets.cypher), filled from the catalogue's facets of `kind`. */
function facetsBlock(fragment: string, kind: NodeKind | null): CypherLiteral {
  return cypherTemplate(`fragments/${fragment}`, { facetValues: facetValuesOf(kind) }) as CypherLiteral;
}

/** A statement with and without its facets block: the one a call takes depends on whether facets are asked. */
const withAndWithoutFacets = (statement: string, fragment: string, kind: NodeKind | null) => ({
  plain: cypherTemplate(statement, { facets: NO_FACETS }),
  faceted: cypherTemplate(statement, { facets: facetsBlock(fragment, kind) }),
});

/** The facets a statement counted, for each dimension asked (none: a dimension no node has a value of). */
function facetCountsOf(asked: readonly FacetDimension[], rows: unknown): FacetCounts {
  const counted = rows as (FacetBucket & { dimension: FacetDimension })[];
  return Object.fromEntries(asked.map((dimension) => [dimension, orderBuckets(counted.filter((row) => row.dimension === dimension).map(({ value, count }) => ({ value, count })))]));
}

/** The dimensions asked, each a facet of the list's kind (null: a search's), as the statements' $facets. */
function checkedFacets(kind: NodeKind | null, asked: readonly FacetDimension[]): FacetDimension[] {
  for (const dimension of asked) if (!facetsOf(kind)[dimension]) throw new Error(`No facet ${dimension} of ${kind ?? 'a search'}`);
  return [...asked];
}

/** Upper bounds for the template literals; the resolvers enforce the configured (smaller) caps. */
const PATH_STATEMENTS: Record<PathQuery['shape'], { statement: string; maxHopsAllowed: number }> = {
  shortest: { statement: 'read/all-shortest-paths', maxHopsAllowed: 50 },
  simple: { statement: 'read/simple-paths', maxHopsAllowed: 10 },
};
const MAX_NEIGHBOURHOOD_HOPS = 20;

/** A filter's lists as parameters: an absent list allows everything, so each statement has one form whose predicates Neo4j can push into the traversal. */
const filterParameters = (filter: PathFilter = {}) => ({
  types: filter.relationshipTypes ?? RELATIONSHIP_TYPE_NAMES,
  kinds: filter.nodeKinds ?? NODE_KINDS,
});

/** The statements by name, made when the store is made so that a missing file or fragment fails at start-up; `npm run cypher:print` prints them. */
export function loadQueries() {
  const each = <T extends string>(names: readonly T[], statement: (name: T) => string) =>
    Object.fromEntries(names.map((name) => [name, statement(name)])) as Record<T, string>;
  return {
    // One template each, filled from the catalogue: a new kind or relation needs no statement of its own.
    nodesByKey: each(NODE_KINDS, (kind) => cypherTemplate('read/nodes-by-key', { label: labelLiteral(kind) })),
    related: each(RELATION_NAMES, (name) => cypherTemplate('read/related', { from: labelLiteral(RELATIONS[name].from), ...relationValues(name) })),
    nodesByKeyWithRelated: each(NODE_KINDS, (kind) =>
      cypherTemplate('read/nodes-by-key-with-related', {
        label: labelLiteral(kind),
        relatedLists: RELATION_NAMES.filter((name) => RELATIONS[name].from === kind)
          .map((name) => `, ${cypherTemplate('fragments/related-list', { relation: relationLiteral(name), ...relationValues(name) })}`)
          .join('') as CypherLiteral,
      }),
    ),
    links: each(Object.keys(LINK_RELATIONS) as LinkRelationName[], (name) => {
      const { from, to, orderBy } = LINK_RELATIONS[name];
      return cypherTemplate('read/links', {
        from: labelLiteral(from),
        to: labelLiteral(to),
        pattern: fragmentLiteral(LINK_PATTERNS, from === 'Actor' ? 'out' : 'in'),
        orderBy: fragmentLiteral(SORT_PROPERTIES, orderBy),
      });
    }),
    paragraphs: withAndWithoutFacets('read/paragraphs', 'paragraphs-facets', 'Paragraph'),
    quotes: withAndWithoutFacets('read/quotes', 'quotes-facets', 'Quote'),
    coMentions: cypher('read/co-mentions'),
    actorNetwork: cypher('read/actor-network'),
    exportGraph: cypher('read/export-graph'),
    objectives: cypher('read/objectives'),
    referencePhrases: cypher('read/reference-phrases'),
    entryPoints: cypher('read/entry-points'),
    search: withAndWithoutFacets('read/search', 'search-facets', null),
    seedVersion: cypher('read/seed-version'),
    // Templates, filled per call by cypherTemplate(); listed so that a missing file fails here too.
    actors: cypher('read/actors'),
    allShortestPaths: cypher('read/all-shortest-paths'),
    simplePaths: cypher('read/simple-paths'),
    neighbourhood: cypher('read/neighbourhood'),
  };
}

interface StoredRelationship {
  type: RelationshipType;
  fromLabel: NodeKind;
  fromKey: string;
  toLabel: NodeKind;
  toKey: string;
}

const relationshipOf = (r: StoredRelationship) => ({
  type: r.type,
  from: { kind: r.fromLabel, key: r.fromKey },
  to: { kind: r.toLabel, key: r.toKey },
});

/** A node as read statements send it (cypher/fragments/node.cypher): the values of the properties sent of its kind. */
type Values = unknown[];

/** A node sent with its label, where the statement reads nodes of several kinds. */
interface LabelledValues {
  label: string;
  properties: Values;
}

interface StoredPath {
  nodes: LabelledValues[];
  relationships: StoredRelationship[];
}

/** A window of a list read whole (the short lists: objectives, reference phrases, entry points). */
function slice<T>(rows: T[], page: Page): PageOf<T> {
  return { rows: rows.slice(page.offset, page.limit === null ? undefined : page.offset + page.limit), totalCount: rows.length };
}

const pathOf = (path: StoredPath, sent: SentProperties): PathResult => ({
  nodes: path.nodes.map((node) => labelledNodeFromValues(node, sent)),
  relationships: path.relationships.map(relationshipOf),
});
const paragraphsOf = (rows: Values[], sent: SentProperties) => rows.map((values) => nodeFromValues('Paragraph', values, sent));

/** A link as the link statements send it: its other end, and its quotes and paragraphs by key (they come once each, beside the rows). */
interface StoredLink {
  end: Values;
  basis: LinkBasis[];
  paragraphKeys: string[];
  quoteKeys: string[];
  quoteCount: number;
}

/** What a link statement returns (cypher/fragments/links-of-page.cypher): a page of links per node, and the nodes they name. */
interface StoredLinks {
  linkRows: { key: string; links: StoredLink[]; totalCount: number }[];
  quotes: Values[];
  paragraphs: Values[];
}

/** The largest list index Cypher takes (a 32-bit integer): a slice to it is the whole list. */
const MAX_LIST_INDEX = 2 ** 31 - 1;

/** The link parameters of the statements that read links: whether to, which page, how much of each. */
function linkParameters(read: Extract<Read, { links: LinkRelationName }> | undefined) {
  const { detail, page } = read ?? { detail: { quotesPerLink: 0, paragraphs: false }, page: { offset: 0, limit: 0 } };
  const { offset, limit } = pageParameters(page);
  return {
    withLinks: read !== undefined,
    linkOffset: offset,
    linkLimit: limit,
    quotesPerLink: int(Math.min(detail.quotesPerLink ?? MAX_LIST_INDEX, MAX_LIST_INDEX)),
    withParagraphs: detail.paragraphs,
  };
}

/** The page of links of each of `ends` (none for an end not found), their nodes shared by key. */
function linksOf(relation: LinkRelationName, ends: Map<string, GraphNode>, stored: StoredLinks, sent: SentProperties): Map<string, PageOf<ObjectiveLink>> {
  const otherKind = LINK_RELATIONS[relation].to;
  const byKey = <N extends GraphNode>(nodes: N[]) => new Map(nodes.map((node) => [node.key, node]));
  const quotes = byKey(stored.quotes.map((values) => nodeFromValues('Quote', values, sent)));
  const paragraphs = byKey(stored.paragraphs.map((values) => nodeFromValues('Paragraph', values, sent)));
  return new Map(
    stored.linkRows.map((row) => {
      const end = ends.get(row.key)!;
      const rows = row.links.map((link): ObjectiveLink => {
        const other = nodeFromValues(otherKind, link.end, sent);
        return {
          actor: (end.kind === 'Actor' ? end : other) as ActorNode,
          objective: (end.kind === 'Objective' ? end : other) as ObjectiveNode,
          basis: link.basis,
          paragraphs: link.paragraphKeys.flatMap((key) => paragraphs.get(key) ?? []),
          quotes: link.quoteKeys.flatMap((key) => quotes.get(key) ?? []),
          quoteCount: link.quoteCount,
        };
      });
      return [row.key, { rows, totalCount: row.totalCount }];
    }),
  );
}

/** The one read of links a list statement can bring along (canInclude), if asked. */
const linksRead = (include: readonly Read[]) => include.find((read): read is Extract<Read, { links: LinkRelationName }> => 'links' in read);

/** The graph in Neo4j: every method is one Cypher statement in one read transaction. */
export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  private readonly queries = loadQueries();
  /** The facets block of read/actors.cypher, a template filled per call (its ORDER BY), made once. */
  private readonly actorFacets = facetsBlock('actors-facets', 'Actor');
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    private readonly options: ReadOptions,
  ) {}

  /** Never connects here: a database that is down gives DATABASE_UNAVAILABLE per query until it is back. */
  static async connect(config: Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_TX_TIMEOUT_MS'>): Promise<Neo4jGraphStore> {
    if (!config.NEO4J_URI) throw new Error('NEO4J_URI is not set');
    const driver = acquireDriver({ NEO4J_URI: config.NEO4J_URI, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD });
    return new Neo4jGraphStore(driver, { database: config.NEO4J_DATABASE, timeoutMs: config.NEO4J_TX_TIMEOUT_MS });
  }

  private read(query: string, parameters: Record<string, unknown> = {}) {
    return readRecords(this.driver, this.options, query, parameters);
  }

  async nodesByKey<K extends NodeKind>(kind: K, keys: readonly string[], include: readonly Read[] = [], projection?: Projection): Promise<Found<NodeOfKind<K> | null>> {
    const relations = include.flatMap((read) => ('relation' in read ? [read.relation] : []));
    const query = relations.length > 0 ? this.queries.nodesByKeyWithRelated[kind] : this.queries.nodesByKey[kind];
    const sent = sentProperties(projection);
    const records = await this.read(query, { keys, relations, projection: sent });
    const byKey = new Map(records.map((record) => [record.key as string, record]));
    const nodes = keys.map((key) => {
      const record = byKey.get(key);
      return record ? nodeFromValues(kind, record.properties, sent) : null;
    });
    // The whole lists came in columns named after their relations; a page of one is sliced from it.
    const included = include.map((read): Included => {
      if (!('relation' in read)) throw new Error(`A node load brings no links along: ${read.links}`);
      const pages = new Map(
        records.map((record) => {
          const rows = (record[read.relation] as Values[]).map((values) => nodeFromValues(RELATIONS[read.relation].to, values, sent));
          const end = read.page.limit === null ? undefined : read.page.offset + read.page.limit;
          return [record.key as string, { rows: rows.slice(read.page.offset, end), totalCount: rows.length }];
        }),
      );
      return { read, pages };
    });
    return { nodes, included };
  }

  async related<R extends RelationName>(relation: R, keys: readonly string[], page: Page, projection?: Projection): Promise<PageOf<RelatedNode<R>>[]> {
    const { to } = RELATIONS[relation];
    const sent = sentProperties(projection);
    const records = await this.read(this.queries.related[relation], { keys, ...pageParameters(page), projection: sent });
    const byKey = new Map(
      records.map((record) => [
        record.key as string,
        { rows: (record.rows as Values[]).map((values) => nodeFromValues(to, values, sent) as RelatedNode<R>), totalCount: record.totalCount as number },
      ]),
    );
    return keys.map((key) => byKey.get(key) ?? { rows: [], totalCount: 0 });
  }

  async links(relation: LinkRelationName, keys: readonly string[], detail: LinkDetail, page: Page, projection?: Projection): Promise<PageOf<ObjectiveLink>[]> {
    const read = { links: relation, detail, page };
    const sent = sentProperties(projection);
    const [record] = await this.read(this.queries.links[relation], { keys, ...linkParameters(read), projection: sent });
    const ends = new Map(
      (record!.nodes as Values[]).map((values): [string, GraphNode] => {
        const end = nodeFromValues(LINK_RELATIONS[relation].from, values, sent);
        return [end.key, end];
      }),
    );
    const pages = linksOf(relation, ends, { linkRows: record!.rows, quotes: record!.quotes, paragraphs: record!.paragraphs }, sent);
    return keys.map((key) => pages.get(key) ?? { rows: [], totalCount: 0 });
  }

  async list<Q extends ListQuery>(query: Q, page: Page, include: readonly Read[] = [], facets: readonly FacetDimension[] = [], projection?: Projection): Promise<ListPage<Q['kind']>> {
    const asked = checkedFacets(query.kind, facets);
    const sent = sentProperties(projection);
    const { rows, totalCount, stored, counted } = await this.listOf(query, page, linksRead(include), asked, sent);
    const read = linksRead(include);
    const included: Included[] = [];
    if (read && stored) included.push({ read, pages: linksOf(read.links, new Map(rows.map((node) => [node.key, node])), stored, sent) });
    return { rows: rows as NodeOfKind<Q['kind']>[], totalCount, ...(asked.length > 0 ? { facets: facetCountsOf(asked, counted) } : {}), included };
  }

  private async listOf(
    query: ListQuery,
    page: Page,
    links: Extract<Read, { links: LinkRelationName }> | undefined,
    facets: FacetDimension[],
    sent: SentProperties,
  ): Promise<PageOf<GraphNode> & { stored?: StoredLinks; counted?: unknown }> {
    const nodes = <K extends NodeKind>(kind: K, rows: unknown) => (rows as Values[]).map((values) => nodeFromValues(kind, values, sent));
    switch (query.kind) {
      case 'Actor': {
        const { filter = {}, order = 'NAME' } = query;
        const statement = cypherTemplate('read/actors', { order: fragmentLiteral(ACTOR_ORDERS, order), facets: facets.length > 0 ? this.actorFacets : NO_FACETS });
        const [record] = await this.read(statement, {
          category: filter.category ?? null,
          objective: filter.objective == null ? null : int(filter.objective),
          nameContains: filter.nameContains ?? null,
          facets,
          ...pageParameters(page),
          ...linkParameters(links),
          projection: sent,
        });
        return { rows: nodes('Actor', record!.rows), totalCount: record!.totalCount, stored: record as unknown as StoredLinks, counted: record!.facets };
      }
      case 'Objective': {
        const [record] = await this.read(this.queries.objectives, { ...linkParameters(links), projection: sent });
        return { ...slice(nodes('Objective', record!.rows), page), stored: record as unknown as StoredLinks };
      }
      case 'Paragraph': {
        const { filter = {}, order = 'COMPACT_ORDER' } = query;
        const [record] = await this.read(this.queries.paragraphs[facets.length > 0 ? 'faceted' : 'plain'], {
          objective: filter.objective == null ? null : int(filter.objective),
          actor: filter.actor ?? null,
          section: filter.section ?? null,
          text: filter.text ?? null,
          orderBy: order,
          facets,
          ...pageParameters(page),
          projection: sent,
        });
        return { rows: nodes('Paragraph', record!.rows), totalCount: record!.totalCount, counted: record!.facets };
      }
      case 'Quote': {
        const { filter = {}, order = 'SOURCE_ORDER' } = query;
        const [record] = await this.read(this.queries.quotes[facets.length > 0 ? 'faceted' : 'plain'], {
          actor: filter.actor ?? null,
          objective: filter.objective == null ? null : int(filter.objective),
          text: filter.text ?? null,
          orderBy: order,
          facets,
          ...pageParameters(page),
          projection: sent,
        });
        return { rows: nodes('Quote', record!.rows), totalCount: record!.totalCount, counted: record!.facets };
      }
      case 'ReferencePhrase': {
        const records = await this.read(this.queries.referencePhrases, { projection: sent });
        return slice(records.map((record) => nodeFromValues('ReferencePhrase', record.properties, sent)), page);
      }
      case 'EntryPoint': {
        const { filter = {} } = query;
        const records = await this.read(this.queries.entryPoints, {
          level: filter.level ?? null,
          objective: filter.objective == null ? null : int(filter.objective),
          projection: sent,
        });
        return slice(records.map((record) => nodeFromValues('EntryPoint', record.properties, sent)), page);
      }
    }
  }

  async search(words: readonly string[], first: number, facets: readonly FacetDimension[] = [], projection?: Projection): Promise<SearchPage> {
    const asked = checkedFacets(null, facets);
    if (words.length === 0) return asked.length > 0 ? { hits: [], facets: facetCountsOf(asked, []) } : { hits: [] };
    const sent = sentProperties(projection);
    const [record] = await this.read(this.queries.search[asked.length > 0 ? 'faceted' : 'plain'], { query: words.join(' '), first: int(Math.max(first, 0)), facets: asked, projection: sent });
    const hits = (record!.hits as (LabelledValues & { score: number })[]).map((hit) => ({ node: labelledNodeFromValues(hit, sent), score: hit.score }));
    return asked.length > 0 ? { hits, facets: facetCountsOf(asked, record!.facets) } : { hits };
  }

  async paths(from: NodeRef, to: NodeRef, query: PathQuery, projection?: Projection): Promise<PathResult[] | null> {
    const { statement, maxHopsAllowed } = PATH_STATEMENTS[query.shape];
    const cypherText = cypherTemplate(statement, {
      fromLabel: labelLiteral(from.kind),
      toLabel: labelLiteral(to.kind),
      maxHops: integerLiteral(query.maxHops, 1, maxHopsAllowed),
    });
    const sent = sentProperties(projection);
    const parameters = { fromKey: from.key, toKey: to.key, ...filterParameters(query.filter), first: int(query.first), projection: sent };
    const pathsOf = (record: Record<string, unknown>) => (record.found ? (record.paths as StoredPath[]).map((path) => pathOf(path, sent)) : null);
    if (query.shape === 'shortest') {
      const [record] = await this.read(cypherText, parameters);
      return pathsOf(record!);
    }
    const [record] = await this.read(cypherText, { ...parameters, maxCandidates: int(query.maxCandidates) });
    if (record!.exhausted) throw pathSearchLimitError(query.maxCandidates);
    return pathsOf(record!);
  }

  async neighbourhood(center: NodeRef, hops: number, maxNodes: number, filter: PathFilter = {}, projection?: Projection): Promise<SubgraphResult | null> {
    const query = cypherTemplate('read/neighbourhood', {
      label: labelLiteral(center.kind),
      reach: integerLiteral(Math.max(hops, 1), 1, MAX_NEIGHBOURHOOD_HOPS),
    });
    const sent = sentProperties(projection);
    const [record] = await this.read(query, { key: center.key, hops: int(hops), maxNodes: int(maxNodes), ...filterParameters(filter), projection: sent });
    const nodes: GraphNode[] = ((record?.nodes ?? []) as LabelledValues[]).map((node) => labelledNodeFromValues(node, sent));
    // Aggregating over no rows still gives one row: no nodes means no centre.
    if (nodes.length === 0) return null;
    return { nodes, relationships: (record!.relationships as StoredRelationship[]).map(relationshipOf) };
  }

  async coMentions(actorKey: string, first: number, projection?: Projection): Promise<CoMention[] | null> {
    const sent = sentProperties(projection);
    const [record] = await this.read(this.queries.coMentions, { actorKey, first: int(first), projection: sent });
    if (!record!.found) return null;
    return (record!.coMentions as { actor: Values; weight: number; paragraphs: Values[] }[]).map((row) => ({
      actor: nodeFromValues('Actor', row.actor, sent),
      weight: row.weight,
      paragraphs: paragraphsOf(row.paragraphs, sent),
    }));
  }

  async actorNetwork(minWeight: number, categories: readonly ActorCategory[] | null, projection?: Projection): Promise<ActorNetworkResult> {
    const sent = sentProperties(projection);
    const [record] = await this.read(this.queries.actorNetwork, { minWeight: int(minWeight), categories, projection: sent });
    return {
      nodes: (record!.nodes as Values[]).map((values) => nodeFromValues('Actor', values, sent)),
      edges: (record!.edges as { from: Values; to: Values; weight: number; paragraphs: Values[] }[]).map((edge) => ({
        from: nodeFromValues('Actor', edge.from, sent),
        to: nodeFromValues('Actor', edge.to, sent),
        weight: edge.weight,
        paragraphs: paragraphsOf(edge.paragraphs, sent),
      })),
    };
  }

  async exportGraph(): Promise<GraphData> {
    const [record] = await this.read(this.queries.exportGraph, { kinds: NODE_KINDS, types: RELATIONSHIP_TYPE_NAMES });
    const relationships = (record!.relationships as (StoredRelationship & { sourceLine: number | null })[]).map((stored) => {
      const relationship: GraphRelationship = relationshipOf(stored);
      if (stored.sourceLine !== null) relationship.sourceLine = stored.sourceLine;
      return relationship;
    });
    return { nodes: (record!.nodes as { label: string; properties: Record<string, unknown> }[]).map(labelledNode), relationships };
  }

  async seedVersion(): Promise<string | null> {
    const [record] = await this.read(this.queries.seedVersion);
    return (record?.hash as string | undefined) ?? null;
  }

  async close(): Promise<void> {
    // Release once: another store may share the driver.
    if (this.closed) return;
    this.closed = true;
    await releaseDriver(this.driver);
  }
}
