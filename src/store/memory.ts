import { randomUUID } from 'node:crypto';
import MiniSearch from 'minisearch';
import { storeFailureOf } from '../errors.ts';
import { globalIdOf, toGlobalId } from '../graph/global-id.ts';
import { deriveObjectiveLinks, type DerivedLink } from '../graph/links.ts';
import {
  NODE_KINDS,
  type ActorCategory,
  type ActorNode,
  type EntryPointNode,
  type GraphData,
  type GraphNode,
  type GraphRelationship,
  type NodeKind,
  type NodeOfKind,
  type NodeRef,
  type ParagraphNode,
  type QuoteNode,
} from '../graph/model.ts';
import { facetsOf, LINK_RELATIONS, searchableText, type FacetSource } from '../graph/catalogue.ts';
import { searchWords } from '../graph/search-text.ts';
import {
  RELATIONS,
  type ActorFilter,
  type Found,
  type Included,
  type LinkDetail,
  type LinkRelationName,
  type ListPage,
  type ListQuery,
  type Read,
  orderBuckets,
  type FacetCounts,
  type FacetDimension,
  type SearchPage,
  type ActorNetworkResult,
  type ActorOrder,
  type CoMention,
  type EntryPointFilter,
  type GraphStore,
  type ObjectiveLink,
  type Page,
  type PageOf,
  type ParagraphFilter,
  type ParagraphOrder,
  type PathFilter,
  type PathQuery,
  type PathResult,
  type QuoteFilter,
  type QuoteOrder,
  type RelatedNode,
  type RelationName,
  type SearchResult,
  type SubgraphResult,
} from './graph-store.ts';
import { byKey, compareBy, compareTriples, MemoryGraph } from './memory-graph.ts';
import type { RelationshipIds } from './research.ts';
import { ResearchThread } from './research-thread.ts';

export { compareTriples } from './memory-graph.ts';

/** How long a research call may run when the store is made without a deadline: OPERATION_TIMEOUT_MS's default. */
const DEFAULT_RESEARCH_TIMEOUT_MS = 10_000;

export interface MemoryStoreOptions {
  /** The deadline of each research call (paths, neighbourhood, coMentions, actorNetwork); past it, TIMEOUT. */
  researchTimeoutMs?: number;
}

const containsText = (haystack: string | null, needle: string) => haystack !== null && haystack.toLowerCase().includes(needle.toLowerCase());

function slice<T>(rows: T[], page: Page): PageOf<T> {
  const end = page.limit === null ? undefined : page.offset + page.limit;
  return { rows: rows.slice(page.offset, end), totalCount: rows.length };
}

/**
 * The embedded default: the extracted graph held in process, with graphology for traversal and MiniSearch
 * for search. Node, list and link reads are answered here; the research calls (paths, neighbourhoods,
 * co-mentions, the network) by the research worker, a thread of its own (src/store/research-thread.ts),
 * so that a long search never holds up the requests beside it.
 */
export class MemoryGraphStore implements GraphStore {
  readonly name = 'memory';
  private readonly graph: MemoryGraph;
  private readonly research: ResearchThread;
  /** Each node's links, by node key, in the relation's order. */
  private readonly linksOf: Record<LinkRelationName, Map<string, ObjectiveLink[]>> = { actorObjectives: new Map(), objectiveActors: new Map() };
  // The words are searchWords' for the text and the query alike, as in Neo4j's index: MiniSearch neither splits nor lower-cases again.
  private readonly searchIndex = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    idField: 'id',
    tokenize: searchWords,
    processTerm: (word) => word,
    searchOptions: { tokenize: (words) => words.split(' ') },
  });

  private readonly version = `memory:${randomUUID()}`;
  private readonly actorsByOrder = new Map<ActorOrder, ActorNode[]>();

  constructor(data: GraphData, { researchTimeoutMs = DEFAULT_RESEARCH_TIMEOUT_MS }: MemoryStoreOptions = {}) {
    this.graph = new MemoryGraph(data);
    this.research = new ResearchThread(data, researchTimeoutMs);
    this.indexObjectiveLinks(deriveObjectiveLinks(data));
    this.searchIndex.addAll(
      data.nodes.flatMap((node) => {
        const text = searchableText(node);
        return text === null ? [] : [{ id: globalIdOf(node), text }];
      }),
    );
  }

  /** Starts the research worker now rather than on the first research call; rejects, saying why, when it cannot start. */
  async startResearch(): Promise<void> {
    try {
      await this.research.start();
    } catch (error) {
      const why = storeFailureOf(error)?.detail ?? String(error);
      throw new Error(`the research worker did not start: ${why.split('\n')[0]}`, { cause: error });
    }
  }

  async nodesByKey<K extends NodeKind>(kind: K, keys: readonly string[], include: readonly Read[] = []): Promise<Found<NodeOfKind<K> | null>> {
    this.research.otherReadRan();
    const nodes = keys.map((key) => this.graph.node(toGlobalId(kind, key)) as NodeOfKind<K> | null);
    return { nodes, included: this.included(nodes, include) };
  }

  async related<R extends RelationName>(relation: R, keys: readonly string[], page: Page): Promise<PageOf<RelatedNode<R>>[]> {
    this.research.otherReadRan();
    return this.relatedPages(relation, keys, page);
  }

  private relatedPages<R extends RelationName>(relation: R, keys: readonly string[], page: Page): PageOf<RelatedNode<R>>[] {
    const { from } = RELATIONS[relation];
    return keys.map((key) => slice(this.graph.relatedOf(relation, toGlobalId(from, key)) as RelatedNode<R>[], page));
  }

  async links(relation: LinkRelationName, keys: readonly string[], detail: LinkDetail, page: Page): Promise<PageOf<ObjectiveLink>[]> {
    this.research.otherReadRan();
    return this.linkPages(relation, keys, detail, page);
  }

  private linkPages(relation: LinkRelationName, keys: readonly string[], detail: LinkDetail, page: Page): PageOf<ObjectiveLink>[] {
    return keys.map((key) => {
      const { rows, totalCount } = slice(this.linksOf[relation].get(key) ?? [], page);
      return { rows: withDetail(rows, detail), totalCount };
    });
  }

  async list<Q extends ListQuery>(query: Q, page: Page, include: readonly Read[] = [], facets: readonly FacetDimension[] = []): Promise<ListPage<Q['kind']>> {
    this.research.otherReadRan();
    const whole = this.listOf(query);
    const found = slice(whole, page) as PageOf<NodeOfKind<Q['kind']>>;
    return { ...found, ...(facets.length > 0 ? { facets: this.facetCounts(query.kind, whole, facets) } : {}), included: this.included(found.rows, include) };
  }

  /** `nodes` counted by each dimension of `kind`'s facets (null: a search's). */
  private facetCounts(kind: NodeKind | null, nodes: readonly GraphNode[], dimensions: readonly FacetDimension[]): FacetCounts {
    const descriptors = facetsOf(kind);
    return Object.fromEntries(
      dimensions.map((dimension) => {
        const descriptor = descriptors[dimension];
        if (!descriptor) throw new Error(`No facet ${dimension} of ${kind ?? 'a search'}`);
        const counts = new Map<string, number>();
        for (const node of nodes) for (const value of new Set(this.facetValues(node, descriptor.source))) counts.set(value, (counts.get(value) ?? 0) + 1);
        return [dimension, orderBuckets([...counts].map(([value, count]) => ({ value, count })))];
      }),
    );
  }

  /** The values of one node along a facet's source (FacetSource in the catalogue). */
  private facetValues(node: GraphNode, source: FacetSource): string[] {
    const valueOf = (of: GraphNode, property: string) => (of as unknown as Record<string, unknown>)[property];
    const present = (values: unknown[]) => values.filter((value) => value !== null && value !== undefined).map(String);
    if ('label' in source) return [node.kind];
    if ('relation' in source) return present(this.graph.relatedOf(source.relation, globalIdOf(node)).map((related) => valueOf(related, source.property)));
    if ('links' in source) {
      const links = this.linksOf[source.links].get(node.key) ?? [];
      if (source.property === 'basis') return links.flatMap((link) => link.basis);
      return links.map((link) => (LINK_RELATIONS[source.links].to === 'Actor' ? link.actor : link.objective).key);
    }
    return present([valueOf(node, source.property)]);
  }

  /** What came along with `nodes`: each read, for each node found. */
  private included(nodes: readonly (GraphNode | null)[], include: readonly Read[]): Included[] {
    if (include.length === 0) return [];
    const keys = nodes.flatMap((node) => (node ? [node.key] : []));
    return include.map((read): Included => {
      const pages: PageOf<GraphNode | ObjectiveLink>[] =
        'relation' in read ? this.relatedPages(read.relation, keys, read.page) : this.linkPages(read.links, keys, read.detail, read.page);
      return { read, pages: new Map(keys.map((key, i) => [key, pages[i]!] as [string, PageOf<GraphNode> | PageOf<ObjectiveLink>])) };
    });
  }

  /** The whole filtered, ordered list. */
  private listOf(query: ListQuery): GraphNode[] {
    switch (query.kind) {
      case 'Actor':
        return this.actorsOf(query.filter ?? {}, query.order ?? 'NAME');
      case 'Paragraph':
        return this.paragraphsOf(query.filter ?? {}, query.order ?? 'COMPACT_ORDER');
      case 'Quote':
        return this.quotesOf(query.filter ?? {}, query.order ?? 'SOURCE_ORDER');
      case 'Objective':
        return this.graph.nodesOfKind('Objective').sort(compareBy('number'));
      case 'ReferencePhrase':
        return this.graph.nodesOfKind('ReferencePhrase').sort(compareBy('sourceLine'));
      case 'EntryPoint':
        return this.entryPointsOf(query.filter ?? {});
    }
  }

  private actorsOf(filter: ActorFilter, order: ActorOrder): ActorNode[] {
    // Filtering keeps the order, so the actors are sorted once per order, not for every page.
    let actors = this.actorsInOrder(order);
    if (filter.category) actors = actors.filter((actor) => actor.category === filter.category);
    if (filter.objective != null) {
      const linked = new Set((this.linksOf.objectiveActors.get(String(filter.objective)) ?? []).map((link) => link.actor.key));
      actors = actors.filter((actor) => linked.has(actor.key));
    }
    const needle = filter.nameContains;
    if (needle != null) actors = actors.filter((actor) => [actor.name, ...actor.aliases].some((name) => containsText(name, needle)));
    return actors;
  }

  /** Every actor in `order` (by name then key, or by mentions, most first, then name and key), sorted on first use. */
  private actorsInOrder(order: ActorOrder): ActorNode[] {
    let actors = this.actorsByOrder.get(order);
    if (!actors) {
      actors = this.graph.nodesOfKind('Actor').sort(compareBy('name'));
      if (order === 'MENTION_COUNT') {
        const mentions = (actor: ActorNode) => this.graph.relatedOf('actorMentions', globalIdOf(actor)).length;
        actors.sort((a, b) => mentions(b) - mentions(a) || compareBy('name')(a, b));
      }
      this.actorsByOrder.set(order, actors);
    }
    return actors;
  }

  private paragraphsOf(filter: ParagraphFilter, order: ParagraphOrder): ParagraphNode[] {
    let paragraphs = this.graph.nodesOfKind('Paragraph');
    if (filter.objective != null) paragraphs = paragraphs.filter((p) => p.objectiveNumber === filter.objective);
    if (filter.section != null) paragraphs = paragraphs.filter((p) => p.section === filter.section);
    if (filter.actor != null) {
      const mentioning = new Set(this.graph.relatedOf('actorParagraphs', toGlobalId('Actor', filter.actor)).map((p) => p.key));
      paragraphs = paragraphs.filter((p) => mentioning.has(p.key));
    }
    const needle = filter.text;
    if (needle != null) {
      paragraphs = paragraphs.filter((p) => this.graph.relatedOf('paragraphQuotes', globalIdOf(p)).some((q) => containsText((q as QuoteNode).text, needle)));
    }
    paragraphs.sort(compareBy('order'));
    if (order === 'MENTION_COUNT') {
      const actors = (paragraph: ParagraphNode) => this.graph.relatedOf('paragraphActors', globalIdOf(paragraph)).length;
      paragraphs.sort((a, b) => actors(b) - actors(a) || compareBy('order')(a, b));
    }
    return paragraphs;
  }

  private quotesOf(filter: QuoteFilter, order: QuoteOrder): QuoteNode[] {
    let quotes = this.graph.nodesOfKind('Quote');
    if (filter.actor != null) {
      const mentions = new Set(this.graph.relatedOf('actorMentions', toGlobalId('Actor', filter.actor)).map((q) => q.key));
      quotes = quotes.filter((q) => mentions.has(q.key));
    }
    const paragraphOf = (quote: QuoteNode) => this.graph.nodeAt(toGlobalId('Paragraph', quote.paragraphRef)) as ParagraphNode;
    if (filter.objective != null) quotes = quotes.filter((q) => paragraphOf(q).objectiveNumber === filter.objective);
    const needle = filter.text;
    if (needle != null) quotes = quotes.filter((q) => containsText(q.text, needle));
    quotes.sort(compareBy('sourceLine'));
    if (order === 'COMPACT_ORDER') quotes.sort((a, b) => paragraphOf(a).order - paragraphOf(b).order || compareBy('sourceLine')(a, b));
    return quotes;
  }

  private entryPointsOf(filter: EntryPointFilter): EntryPointNode[] {
    return this.graph.nodesOfKind('EntryPoint')
      .filter((entry) => (!filter.level || entry.level === filter.level) && (filter.objective == null || entry.objectiveNumber === filter.objective))
      .sort(compareBy('sourceLine'));
  }

  async search(words: readonly string[], first: number, facets: readonly FacetDimension[] = []): Promise<SearchPage> {
    this.research.otherReadRan();
    const found = words.length === 0 ? [] : this.searchIndex.search(words.join(' '));
    const hits: SearchResult[] = found.slice(0, Math.max(first, 0)).map((hit) => ({ node: this.graph.nodeAt(hit.id), score: hit.score }));
    if (facets.length === 0) return { hits };
    return { hits, facets: this.facetCounts(null, found.map((hit) => this.graph.nodeAt(hit.id)), facets) };
  }

  async paths(from: NodeRef, to: NodeRef, query: PathQuery): Promise<PathResult[] | null> {
    const paths = await this.research.call('paths', from, to, query);
    return paths && paths.map(({ nodes, relationships }) => ({ nodes: nodes.map((id) => this.graph.nodeAt(id)), relationships: relationships.map(this.relationshipOf) }));
  }

  async neighbourhood(center: NodeRef, hops: number, maxNodes: number, filter: PathFilter = {}): Promise<SubgraphResult | null> {
    const subgraph = await this.research.call('neighbourhood', center, hops, maxNodes, filter);
    return subgraph && { nodes: subgraph.nodes.map((id) => this.graph.nodeAt(id)), relationships: subgraph.relationships.map(this.relationshipOf) };
  }

  async coMentions(actorKey: string, first: number): Promise<CoMention[] | null> {
    const rows = await this.research.call('coMentions', actorKey, first);
    return (
      rows &&
      rows.map(({ actor, paragraphs }) => ({ actor: this.graph.nodeAt(actor) as ActorNode, weight: paragraphs.length, paragraphs: paragraphs.map((id) => this.graph.nodeAt(id) as ParagraphNode) }))
    );
  }

  async actorNetwork(minWeight: number, categories: readonly ActorCategory[] | null): Promise<ActorNetworkResult> {
    const network = await this.research.call('actorNetwork', minWeight, categories);
    const actor = (id: string) => this.graph.nodeAt(id) as ActorNode;
    return {
      nodes: network.nodes.map(actor),
      edges: network.edges.map(({ from, to, paragraphs }) => ({ from: actor(from), to: actor(to), weight: paragraphs.length, paragraphs: paragraphs.map((id) => this.graph.nodeAt(id) as ParagraphNode) })),
    };
  }

  async exportGraph(): Promise<GraphData> {
    const nodes = NODE_KINDS.flatMap((kind) => (this.graph.nodesOfKind(kind) as GraphNode[]).sort(byKey));
    const relationships: GraphRelationship[] = [];
    this.graph.graph.forEachEdge((_edge, attributes, source, target) => {
      const relationship: GraphRelationship = { type: attributes.type, from: this.graph.refOf(source), to: this.graph.refOf(target) };
      if (attributes.sourceLine !== undefined) relationship.sourceLine = attributes.sourceLine;
      relationships.push(relationship);
    });
    return { nodes, relationships: relationships.sort(compareTriples) };
  }

  /** The graph never changes while the store lives, so one id per store will do. */
  async seedVersion(): Promise<string> {
    return this.version;
  }

  async close(): Promise<void> {
    await this.research.close();
  }

  /** A relationship the worker named by ids, with this store's node refs. */
  private readonly relationshipOf = ([type, from, to]: RelationshipIds) => ({ type, from: this.graph.refOf(from), to: this.graph.refOf(to) });

  private indexObjectiveLinks(links: DerivedLink[]): void {
    // By objective number, then actor key: each actor's links come out by objective number.
    for (const link of links) pushTo(this.linksOf.actorObjectives, link.actor.key, { ...link, quoteCount: link.quotes.length });
    const byActorName = [...links].sort((a, b) => compareBy('name')(a.actor, b.actor));
    for (const link of byActorName) pushTo(this.linksOf.objectiveActors, link.objective.key, { ...link, quoteCount: link.quotes.length });
  }
}

/** The links with at most `quotesPerLink` quotes each (null: all), and without paragraphs unless asked for. */
function withDetail(links: ObjectiveLink[], { quotesPerLink, paragraphs }: LinkDetail): ObjectiveLink[] {
  if (paragraphs && (quotesPerLink === null || links.every((link) => link.quotes.length <= quotesPerLink))) return links;
  return links.map((link) => ({
    ...link,
    paragraphs: paragraphs ? link.paragraphs : [],
    quotes: quotesPerLink === null ? link.quotes : link.quotes.slice(0, quotesPerLink),
  }));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
