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
  FULL_LINKS,
  RELATIONS,
  type ActorFilter,
  type ActorPage,
  type ParagraphRelation,
  type ParagraphWithRelated,
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
  type PathResult,
  type QuoteFilter,
  type QuoteOrder,
  type RelatedNode,
  type RelationName,
  type SearchResult,
  type SubgraphResult,
} from '../graph-store.ts';
import { RELATION_NAMES, type SortProperty } from '../../graph/catalogue.ts';
import { cypher, cypherTemplate, fragmentLiteral, integerLiteral, labelLiteral, patternLiteral } from './cypher.ts';
import { acquireDriver, releaseDriver } from './driver.ts';
import { labelledNode, nodeFrom } from './nodes.ts';
import { int, pageParameters, readRecords, type ReadOptions } from './run.ts';

/** The ORDER BY of read/actors.cypher for each ActorOrder. */
const ACTOR_ORDERS: Record<ActorOrder, string> = {
  NAME: 'a.name, a.key',
  MENTION_COUNT: 'COUNT { MATCH (a)<-[:FILED_UNDER|NAMES]-(q:Quote) RETURN DISTINCT q } DESC, a.name, a.key',
};

/** The properties a relation may be ordered by, as Cypher property names. */
const SORT_PROPERTIES: Record<SortProperty, string> = { sourceLine: 'sourceLine', order: 'order', name: 'name', number: 'number' };

/** Upper bounds for the template literals; the resolvers enforce the configured (smaller) caps. */
const MAX_PATH_HOPS = 50;
const MAX_SIMPLE_PATH_HOPS = 10;
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
    related: each(RELATION_NAMES, (name) => {
      const { from, to, types, direction, orderBy } = RELATIONS[name];
      return cypherTemplate('read/related', {
        from: labelLiteral(from),
        to: labelLiteral(to),
        pattern: patternLiteral(types, direction),
        orderBy: fragmentLiteral(SORT_PROPERTIES, orderBy),
      });
    }),
    objectiveLinksOfActors: cypher('read/objective-links-of-actors'),
    actorLinksOfObjectives: cypher('read/actor-links-of-objectives'),
    actorCountsOfObjectives: cypher('read/actor-counts-of-objectives'),
    paragraphs: cypher('read/paragraphs'),
    quotes: cypher('read/quotes'),
    coMentions: cypher('read/co-mentions'),
    actorNetwork: cypher('read/actor-network'),
    exportGraph: cypher('read/export-graph'),
    objectives: cypher('read/objectives'),
    objectivesWithLinks: cypher('read/objectives-with-links'),
    paragraphWithRelated: cypher('read/paragraph-with-related'),
    referencePhrases: cypher('read/reference-phrases'),
    entryPoints: cypher('read/entry-points'),
    search: cypher('read/search'),
    ping: cypher('read/ping'),
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

type Properties = Record<string, unknown>;

interface StoredPath {
  nodes: { label: string; properties: Properties }[];
  relationships: StoredRelationship[];
}

const pathOf = (path: StoredPath): PathResult => ({ nodes: path.nodes.map(labelledNode), relationships: path.relationships.map(relationshipOf) });
const paragraphsOf = (rows: Properties[]) => rows.map((properties) => nodeFrom('Paragraph', properties));

/** A link as the link statements send it: its quotes and paragraphs by key (they come once each, beside the rows). */
interface StoredLink {
  actor?: Properties;
  objective?: Properties;
  basis: LinkBasis[];
  paragraphKeys: string[];
  quoteKeys: string[];
  quoteCount: number;
}

/** What a link statement returns: one row per actor (or objective) found, and the nodes its links name. */
interface StoredLinks<K> {
  rows: { key: K; actor?: Properties; objective?: Properties; links: StoredLink[] }[];
  quotes: Properties[];
  paragraphs: Properties[];
}

/** The largest list index Cypher takes (a 32-bit integer): a slice to it is the whole list. */
const MAX_LIST_INDEX = 2 ** 31 - 1;

/** $quotesPerLink (the end of a slice of a link's quote keys: null means all) and $withParagraphs of the link statements. */
const linkDetailParameters = ({ quotesPerLink, paragraphs }: LinkDetail) => ({
  quotesPerLink: int(Math.min(quotesPerLink ?? MAX_LIST_INDEX, MAX_LIST_INDEX)),
  withParagraphs: paragraphs,
});

/**
 * The links of each of `keys` (none for a key not found), their nodes shared by key. A row's own end
 * (the actor or objective the links are of) comes in the row, or from `ends` when the caller has it.
 */
function linksByKey<K>(keys: readonly K[], stored: StoredLinks<K>, ends?: Map<K, ActorNode | ObjectiveNode>): ObjectiveLink[][] {
  const quotes = new Map(stored.quotes.map((properties) => [properties.key as string, nodeFrom('Quote', properties)]));
  const paragraphs = new Map(stored.paragraphs.map((properties) => [properties.key as string, nodeFrom('Paragraph', properties)]));
  const byKey = new Map(
    stored.rows.map((row) => {
      const end = ends?.get(row.key);
      const actor = end?.kind === 'Actor' ? end : row.actor && nodeFrom('Actor', row.actor);
      const objective = end?.kind === 'Objective' ? end : row.objective && nodeFrom('Objective', row.objective);
      const links = row.links.map(
        (link): ObjectiveLink => ({
          actor: actor ?? nodeFrom('Actor', link.actor!),
          objective: objective ?? nodeFrom('Objective', link.objective!),
          basis: link.basis,
          paragraphs: link.paragraphKeys.flatMap((key) => paragraphs.get(key) ?? []),
          quotes: link.quoteKeys.flatMap((key) => quotes.get(key) ?? []),
          quoteCount: link.quoteCount,
        }),
      );
      return [row.key, links];
    }),
  );
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The graph in Neo4j: every method is one Cypher statement in one read transaction. */
export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  private readonly queries = loadQueries();
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

  async nodesByKey<K extends NodeKind>(kind: K, keys: readonly string[]): Promise<(NodeOfKind<K> | null)[]> {
    const records = await this.read(this.queries.nodesByKey[kind], { keys });
    const byKey = new Map(records.map((record) => [record.key as string, nodeFrom(kind, record.properties)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  async related<R extends RelationName>(relation: R, keys: readonly string[], page: Page): Promise<PageOf<RelatedNode<R>>[]> {
    const { to } = RELATIONS[relation];
    const records = await this.read(this.queries.related[relation], { keys, ...pageParameters(page) });
    const byKey = new Map(
      records.map((record) => [
        record.key as string,
        { rows: (record.rows as Record<string, unknown>[]).map((properties) => nodeFrom(to, properties) as RelatedNode<R>), totalCount: record.totalCount as number },
      ]),
    );
    return keys.map((key) => byKey.get(key) ?? { rows: [], totalCount: 0 });
  }

  async objectiveLinksOfActors(actorKeys: readonly string[], detail: LinkDetail = FULL_LINKS): Promise<ObjectiveLink[][]> {
    const [record] = await this.read(this.queries.objectiveLinksOfActors, { actorKeys, ...linkDetailParameters(detail) });
    return linksByKey(actorKeys, record as StoredLinks<string>);
  }

  async actorLinksOfObjectives(objectiveNumbers: readonly number[], detail: LinkDetail = FULL_LINKS): Promise<ObjectiveLink[][]> {
    const [record] = await this.read(this.queries.actorLinksOfObjectives, { objectiveNumbers: objectiveNumbers.map(int), ...linkDetailParameters(detail) });
    return linksByKey(objectiveNumbers, record as StoredLinks<number>);
  }

  async actorCountsOfObjectives(objectiveNumbers: readonly number[]): Promise<number[]> {
    const records = await this.read(this.queries.actorCountsOfObjectives, { objectiveNumbers: objectiveNumbers.map(int) });
    const byNumber = new Map(records.map((record) => [record.objectiveNumber as number, record.count as number]));
    return objectiveNumbers.map((number) => byNumber.get(number) ?? 0);
  }

  async actors(filter: ActorFilter, page: Page, order: ActorOrder = 'NAME', links: LinkDetail | null = null): Promise<ActorPage> {
    const query = cypherTemplate('read/actors', { order: fragmentLiteral(ACTOR_ORDERS, order) });
    const [record] = await this.read(query, {
      category: filter.category ?? null,
      objective: filter.objective == null ? null : int(filter.objective),
      nameContains: filter.nameContains ?? null,
      ...pageParameters(page),
      withLinks: links !== null,
      ...linkDetailParameters(links ?? FULL_LINKS),
    });
    const rows = (record!.rows as Properties[]).map((properties) => nodeFrom('Actor', properties));
    const actors: ActorPage = { rows, totalCount: record!.totalCount };
    if (links) {
      const stored = { rows: record!.linkRows, quotes: record!.quotes, paragraphs: record!.paragraphs } as StoredLinks<string>;
      actors.links = linksByKey(
        rows.map((actor) => actor.key),
        stored,
        new Map(rows.map((actor) => [actor.key, actor])),
      );
    }
    return actors;
  }

  async paragraphs(filter: ParagraphFilter, page: Page, order: ParagraphOrder = 'COMPACT_ORDER'): Promise<PageOf<ParagraphNode>> {
    const [record] = await this.read(this.queries.paragraphs, {
      objective: filter.objective == null ? null : int(filter.objective),
      actor: filter.actor ?? null,
      section: filter.section ?? null,
      text: filter.text ?? null,
      orderBy: order,
      ...pageParameters(page),
    });
    return { rows: paragraphsOf(record!.rows as Properties[]), totalCount: record!.totalCount };
  }

  async quotes(filter: QuoteFilter, page: Page, order: QuoteOrder = 'SOURCE_ORDER'): Promise<PageOf<QuoteNode>> {
    const [record] = await this.read(this.queries.quotes, {
      actor: filter.actor ?? null,
      objective: filter.objective == null ? null : int(filter.objective),
      text: filter.text ?? null,
      orderBy: order,
      ...pageParameters(page),
    });
    return { rows: (record!.rows as Properties[]).map((properties) => nodeFrom('Quote', properties)), totalCount: record!.totalCount };
  }

  async objectivesWithLinks(detail: LinkDetail): Promise<{ objectives: ObjectiveNode[]; links: ObjectiveLink[][] }> {
    const [record] = await this.read(this.queries.objectivesWithLinks, linkDetailParameters(detail));
    const objectives = (record!.rows as Properties[]).map((properties) => nodeFrom('Objective', properties));
    const stored = { rows: record!.linkRows, quotes: record!.quotes, paragraphs: record!.paragraphs } as StoredLinks<number>;
    const ends = new Map(objectives.map((objective) => [objective.number, objective]));
    return { objectives, links: linksByKey(objectives.map((objective) => objective.number), stored, ends) };
  }

  async paragraphWithRelated(key: string, relations: readonly ParagraphRelation[]): Promise<ParagraphWithRelated | null> {
    const [record] = await this.read(this.queries.paragraphWithRelated, { key, relations });
    if (!record) return null;
    const related: ParagraphWithRelated['related'] = {};
    for (const relation of relations) {
      const rows = (record[relation] as Properties[]).map((properties) => nodeFrom(RELATIONS[relation].to, properties));
      related[relation] = { rows, totalCount: rows.length } as never;
    }
    return { paragraph: nodeFrom('Paragraph', record.properties), related };
  }

  async objectives(): Promise<ObjectiveNode[]> {
    const records = await this.read(this.queries.objectives);
    return records.map((record) => nodeFrom('Objective', record.properties));
  }

  async referencePhrases(): Promise<ReferencePhraseNode[]> {
    const records = await this.read(this.queries.referencePhrases);
    return records.map((record) => nodeFrom('ReferencePhrase', record.properties));
  }

  async entryPoints(filter: EntryPointFilter): Promise<EntryPointNode[]> {
    const records = await this.read(this.queries.entryPoints, {
      level: filter.level ?? null,
      objective: filter.objective == null ? null : int(filter.objective),
    });
    return records.map((record) => nodeFrom('EntryPoint', record.properties));
  }

  async search(words: readonly string[], first: number): Promise<SearchResult[]> {
    if (words.length === 0 || first <= 0) return [];
    const records = await this.read(this.queries.search, { query: words.join(' '), first: int(first) });
    return records.map((record) => ({ node: labelledNode(record as { label: string; properties: Record<string, unknown> }), score: record.score as number }));
  }

  async shortestPath(from: NodeRef, to: NodeRef, maxHops: number, filter: PathFilter = {}): Promise<PathResult | null> {
    return (await this.allShortestPaths(from, to, maxHops, filter, 1))?.[0] ?? null;
  }

  async allShortestPaths(from: NodeRef, to: NodeRef, maxHops: number, filter: PathFilter, first: number): Promise<PathResult[] | null> {
    const query = cypherTemplate('read/all-shortest-paths', {
      fromLabel: labelLiteral(from.kind),
      toLabel: labelLiteral(to.kind),
      maxHops: integerLiteral(maxHops, 1, MAX_PATH_HOPS),
    });
    return this.readPaths(query, from, to, filter, first);
  }

  async simplePaths(from: NodeRef, to: NodeRef, maxHops: number, filter: PathFilter, first: number, maxCandidates: number): Promise<PathResult[] | null> {
    const query = cypherTemplate('read/simple-paths', {
      fromLabel: labelLiteral(from.kind),
      toLabel: labelLiteral(to.kind),
      maxHops: integerLiteral(maxHops, 1, MAX_SIMPLE_PATH_HOPS),
    });
    const [record] = await this.read(query, { fromKey: from.key, toKey: to.key, ...filterParameters(filter), first: int(first), maxCandidates: int(maxCandidates) });
    if (record!.exhausted) throw pathSearchLimitError(maxCandidates);
    return record!.found ? (record!.paths as StoredPath[]).map(pathOf) : null;
  }

  private async readPaths(query: string, from: NodeRef, to: NodeRef, filter: PathFilter, first: number): Promise<PathResult[] | null> {
    const [record] = await this.read(query, { fromKey: from.key, toKey: to.key, ...filterParameters(filter), first: int(first) });
    return record!.found ? (record!.paths as StoredPath[]).map(pathOf) : null;
  }

  async neighbourhood(center: NodeRef, hops: number, maxNodes: number, filter: PathFilter = {}): Promise<SubgraphResult | null> {
    const query = cypherTemplate('read/neighbourhood', {
      label: labelLiteral(center.kind),
      reach: integerLiteral(Math.max(hops, 1), 1, MAX_NEIGHBOURHOOD_HOPS),
    });
    const [record] = await this.read(query, { key: center.key, hops: int(hops), maxNodes: int(maxNodes), ...filterParameters(filter) });
    const nodes: GraphNode[] = ((record?.nodes ?? []) as { label: string; properties: Properties }[]).map(labelledNode);
    // Aggregating over no rows still gives one row: no nodes means no centre.
    if (nodes.length === 0) return null;
    return { nodes, relationships: (record!.relationships as StoredRelationship[]).map(relationshipOf) };
  }

  async coMentions(actorKey: string, first: number): Promise<CoMention[] | null> {
    const [record] = await this.read(this.queries.coMentions, { actorKey, first: int(first) });
    if (!record!.found) return null;
    return (record!.coMentions as { actor: Properties; weight: number; paragraphs: Properties[] }[]).map((row) => ({
      actor: nodeFrom('Actor', row.actor),
      weight: row.weight,
      paragraphs: paragraphsOf(row.paragraphs),
    }));
  }

  async actorNetwork(minWeight: number, categories: readonly ActorCategory[] | null): Promise<ActorNetworkResult> {
    const [record] = await this.read(this.queries.actorNetwork, { minWeight: int(minWeight), categories });
    return {
      nodes: (record!.nodes as Properties[]).map((properties) => nodeFrom('Actor', properties)),
      edges: (record!.edges as { from: Properties; to: Properties; weight: number; paragraphs: Properties[] }[]).map((edge) => ({
        from: nodeFrom('Actor', edge.from),
        to: nodeFrom('Actor', edge.to),
        weight: edge.weight,
        paragraphs: paragraphsOf(edge.paragraphs),
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
    return { nodes: (record!.nodes as { label: string; properties: Properties }[]).map(labelledNode), relationships };
  }

  async seedVersion(): Promise<string | null> {
    const [record] = await this.read(this.queries.seedVersion);
    return (record?.hash as string | undefined) ?? null;
  }

  async ping(): Promise<void> {
    await this.read(this.queries.ping);
  }

  async close(): Promise<void> {
    // Release once: another store may share the driver.
    if (this.closed) return;
    this.closed = true;
    await releaseDriver(this.driver);
  }
}
