import { randomUUID } from 'node:crypto';
import { MultiDirectedGraph } from 'graphology';
import MiniSearch from 'minisearch';
import { pathSearchLimitError } from '../errors.ts';
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
  type LinkBasis,
  type NodeKind,
  type NodeOfKind,
  type NodeRef,
  type ObjectiveNode,
  type ParagraphNode,
  type QuoteNode,
  type RelationshipType,
} from '../graph/model.ts';
import { searchableText } from '../graph/catalogue.ts';
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
  type ActorNetworkResult,
  type ActorOrder,
  type CoMention,
  type CoMentionEdge,
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
  type PathStep,
  type QuoteFilter,
  type QuoteOrder,
  type RelatedNode,
  type RelationName,
  type SearchResult,
  type SubgraphResult,
} from './graph-store.ts';

interface EdgeAttributes {
  type: RelationshipType;
  sourceLine?: number;
}

/** A filter with its lists as sets; null where it does not restrict. */
/** Candidate paths a simple-path search considers between two turns of the event loop. */
const CANDIDATES_BETWEEN_YIELDS = 256;

interface Allowed {
  types: Set<RelationshipType> | null;
  kinds: Set<NodeKind> | null;
}

const allowedBy = (filter: PathFilter = {}): Allowed => ({
  types: filter.relationshipTypes ? new Set(filter.relationshipTypes) : null,
  kinds: filter.nodeKinds ? new Set(filter.nodeKinds) : null,
});

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const containsText = (haystack: string | null, needle: string) => haystack !== null && haystack.toLowerCase().includes(needle.toLowerCase());

type SortKey = 'sourceLine' | 'order' | 'name' | 'number';

/** Orders nodes the way the Neo4j store's ORDER BY does: by the sort property, then by key. */
function compareBy(sortKey: SortKey) {
  return (a: GraphNode, b: GraphNode): number => {
    const left = (a as unknown as Record<string, unknown>)[sortKey];
    const right = (b as unknown as Record<string, unknown>)[sortKey];
    if (left !== right) {
      if (typeof left === 'number' && typeof right === 'number') return left - right;
      return String(left) < String(right) ? -1 : 1;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

function slice<T>(rows: T[], page: Page): PageOf<T> {
  const end = page.limit === null ? undefined : page.offset + page.limit;
  return { rows: rows.slice(page.offset, end), totalCount: rows.length };
}

/** The embedded default: the extracted graph held in process, with graphology for traversal and MiniSearch for search. */
export class MemoryGraphStore implements GraphStore {
  readonly name = 'memory';
  private readonly graph = new MultiDirectedGraph<GraphNode, EdgeAttributes>();
  private readonly relatedCache = new Map<RelationName, Map<string, GraphNode[]>>();
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
  private readonly nodesByKind = new Map<NodeKind, GraphNode[]>();
  private readonly actorsByOrder = new Map<ActorOrder, ActorNode[]>();

  constructor(data: GraphData) {
    for (const node of data.nodes) this.graph.addNode(globalIdOf(node), node);
    for (const relationship of data.relationships) {
      const from = globalIdOf(relationship.from);
      const to = globalIdOf(relationship.to);
      const attributes: EdgeAttributes = { type: relationship.type };
      if (relationship.sourceLine !== undefined) attributes.sourceLine = relationship.sourceLine;
      this.graph.addDirectedEdgeWithKey(`${relationship.type}:${from}->${to}`, from, to, attributes);
    }
    this.indexObjectiveLinks(deriveObjectiveLinks(data));
    this.searchIndex.addAll(
      data.nodes.flatMap((node) => {
        const text = searchableText(node);
        return text === null ? [] : [{ id: globalIdOf(node), text }];
      }),
    );
  }

  async nodesByKey<K extends NodeKind>(kind: K, keys: readonly string[], include: readonly Read[] = []): Promise<Found<NodeOfKind<K> | null>> {
    const nodes = keys.map((key) => this.node(toGlobalId(kind, key)) as NodeOfKind<K> | null);
    return { nodes, included: await this.included(nodes, include) };
  }

  async related<R extends RelationName>(relation: R, keys: readonly string[], page: Page): Promise<PageOf<RelatedNode<R>>[]> {
    const { from } = RELATIONS[relation];
    return keys.map((key) => slice(this.relatedOf(relation, toGlobalId(from, key)) as RelatedNode<R>[], page));
  }

  async links(relation: LinkRelationName, keys: readonly string[], detail: LinkDetail, page: Page): Promise<PageOf<ObjectiveLink>[]> {
    return keys.map((key) => {
      const { rows, totalCount } = slice(this.linksOf[relation].get(key) ?? [], page);
      return { rows: withDetail(rows, detail), totalCount };
    });
  }

  async list<Q extends ListQuery>(query: Q, page: Page, include: readonly Read[] = []): Promise<ListPage<Q['kind']>> {
    const found = this.listOf(query, page) as PageOf<NodeOfKind<Q['kind']>>;
    return { ...found, included: await this.included(found.rows, include) };
  }

  /** What came along with `nodes`: each read, for each node found. */
  private async included(nodes: readonly (GraphNode | null)[], include: readonly Read[]): Promise<Included[]> {
    const keys = nodes.flatMap((node) => (node ? [node.key] : []));
    return Promise.all(
      include.map(async (read): Promise<Included> => {
        const pages: PageOf<GraphNode | ObjectiveLink>[] =
          'relation' in read ? await this.related(read.relation, keys, read.page) : await this.links(read.links, keys, read.detail, read.page);
        return { read, pages: new Map(keys.map((key, i) => [key, pages[i]!] as [string, PageOf<GraphNode> | PageOf<ObjectiveLink>])) };
      }),
    );
  }

  private listOf(query: ListQuery, page: Page): PageOf<GraphNode> {
    switch (query.kind) {
      case 'Actor':
        return this.actorsOf(query.filter ?? {}, query.order ?? 'NAME', page);
      case 'Paragraph':
        return this.paragraphsOf(query.filter ?? {}, query.order ?? 'COMPACT_ORDER', page);
      case 'Quote':
        return this.quotesOf(query.filter ?? {}, query.order ?? 'SOURCE_ORDER', page);
      case 'Objective':
        return slice(this.nodesOfKind('Objective').sort(compareBy('number')), page);
      case 'ReferencePhrase':
        return slice(this.nodesOfKind('ReferencePhrase').sort(compareBy('sourceLine')), page);
      case 'EntryPoint':
        return slice(this.entryPointsOf(query.filter ?? {}), page);
    }
  }

  private actorsOf(filter: ActorFilter, order: ActorOrder, page: Page): PageOf<ActorNode> {
    // Filtering keeps the order, so the actors are sorted once per order, not for every page.
    let actors = this.actorsInOrder(order);
    if (filter.category) actors = actors.filter((actor) => actor.category === filter.category);
    if (filter.objective != null) {
      const linked = new Set((this.linksOf.objectiveActors.get(String(filter.objective)) ?? []).map((link) => link.actor.key));
      actors = actors.filter((actor) => linked.has(actor.key));
    }
    const needle = filter.nameContains;
    if (needle != null) actors = actors.filter((actor) => [actor.name, ...actor.aliases].some((name) => containsText(name, needle)));
    return slice(actors, page);
  }

  /** Every actor in `order` (by name then key, or by mentions, most first, then name and key), sorted on first use. */
  private actorsInOrder(order: ActorOrder): ActorNode[] {
    let actors = this.actorsByOrder.get(order);
    if (!actors) {
      actors = this.nodesOfKind('Actor').sort(compareBy('name'));
      if (order === 'MENTION_COUNT') {
        const mentions = (actor: ActorNode) => this.relatedOf('actorMentions', globalIdOf(actor)).length;
        actors.sort((a, b) => mentions(b) - mentions(a) || compareBy('name')(a, b));
      }
      this.actorsByOrder.set(order, actors);
    }
    return actors;
  }

  private paragraphsOf(filter: ParagraphFilter, order: ParagraphOrder, page: Page): PageOf<ParagraphNode> {
    let paragraphs = this.nodesOfKind('Paragraph');
    if (filter.objective != null) paragraphs = paragraphs.filter((p) => p.objectiveNumber === filter.objective);
    if (filter.section != null) paragraphs = paragraphs.filter((p) => p.section === filter.section);
    if (filter.actor != null) {
      const mentioning = new Set(this.relatedOf('actorParagraphs', toGlobalId('Actor', filter.actor)).map((p) => p.key));
      paragraphs = paragraphs.filter((p) => mentioning.has(p.key));
    }
    const needle = filter.text;
    if (needle != null) {
      paragraphs = paragraphs.filter((p) => this.relatedOf('paragraphQuotes', globalIdOf(p)).some((q) => containsText((q as QuoteNode).text, needle)));
    }
    paragraphs.sort(compareBy('order'));
    if (order === 'MENTION_COUNT') {
      const actors = (paragraph: ParagraphNode) => this.relatedOf('paragraphActors', globalIdOf(paragraph)).length;
      paragraphs.sort((a, b) => actors(b) - actors(a) || compareBy('order')(a, b));
    }
    return slice(paragraphs, page);
  }

  private quotesOf(filter: QuoteFilter, order: QuoteOrder, page: Page): PageOf<QuoteNode> {
    let quotes = this.nodesOfKind('Quote');
    if (filter.actor != null) {
      const mentions = new Set(this.relatedOf('actorMentions', toGlobalId('Actor', filter.actor)).map((q) => q.key));
      quotes = quotes.filter((q) => mentions.has(q.key));
    }
    const paragraphOf = (quote: QuoteNode) => this.graph.getNodeAttributes(toGlobalId('Paragraph', quote.paragraphRef)) as ParagraphNode;
    if (filter.objective != null) quotes = quotes.filter((q) => paragraphOf(q).objectiveNumber === filter.objective);
    const needle = filter.text;
    if (needle != null) quotes = quotes.filter((q) => containsText(q.text, needle));
    quotes.sort(compareBy('sourceLine'));
    if (order === 'COMPACT_ORDER') quotes.sort((a, b) => paragraphOf(a).order - paragraphOf(b).order || compareBy('sourceLine')(a, b));
    return slice(quotes, page);
  }

  private entryPointsOf(filter: EntryPointFilter): EntryPointNode[] {
    return this.nodesOfKind('EntryPoint')
      .filter((entry) => (!filter.level || entry.level === filter.level) && (filter.objective == null || entry.objectiveNumber === filter.objective))
      .sort(compareBy('sourceLine'));
  }

  async search(words: readonly string[], first: number): Promise<SearchResult[]> {
    if (words.length === 0 || first <= 0) return [];
    return this.searchIndex
      .search(words.join(' '))
      .slice(0, first)
      .map((hit) => ({ node: this.graph.getNodeAttributes(hit.id), score: hit.score }));
  }

  async paths(from: NodeRef, to: NodeRef, query: PathQuery): Promise<PathResult[] | null> {
    const { maxHops, filter, first } = query;
    return query.shape === 'shortest'
      ? this.shortestPaths(from, to, maxHops, filter, first)
      : this.simplePaths(from, to, maxHops, filter, first, query.maxCandidates);
  }

  private shortestPaths(from: NodeRef, to: NodeRef, maxHops: number, filter: PathFilter, first: number): PathResult[] | null {
    const source = globalIdOf(from);
    const target = globalIdOf(to);
    if (!this.graph.hasNode(source) || !this.graph.hasNode(target)) return null;
    if (source === target) return first > 0 ? [this.pathOf([source], [])] : [];
    const allowed = allowedBy(filter);
    const distance = this.distancesTo(target, source, maxHops, allowed, true);
    const length = distance.get(source);
    if (length === undefined) return [];

    // Stepping to neighbours in id order, always one hop nearer the target, visits the shortest
    // paths in the order of their node-id sequences: the tie-break both stores share.
    const paths: PathResult[] = [];
    const walk = (ids: string[], steps: PathStep[], remaining: number): void => {
      const current = ids.at(-1)!;
      if (remaining === 0) {
        paths.push(this.pathOf(ids, steps));
        return;
      }
      for (const [next, step] of this.stepsFrom(current, allowed)) {
        if (paths.length >= first) return;
        if (distance.get(next) === remaining - 1) walk([...ids, next], [...steps, step], remaining - 1);
      }
    };
    walk([source], [], length);
    return paths;
  }

  private async simplePaths(from: NodeRef, to: NodeRef, maxHops: number, filter: PathFilter, first: number, maxCandidates: number): Promise<PathResult[] | null> {
    const source = globalIdOf(from);
    const target = globalIdOf(to);
    if (!this.graph.hasNode(source) || !this.graph.hasNode(target)) return null;
    if (source === target) return [];
    const allowed = allowedBy(filter);
    // The distance to the target bounds what is left to walk: a bounded DFS that never enters a node
    // from which the target is out of reach within the hops left.
    const distance = this.distancesTo(target, source, maxHops, allowed);
    // Each node's sorted steps, made once per search rather than once per visit.
    const stepsOf = new Map<string, [string, PathStep][]>();
    const stepsFrom = (id: string) => stepsOf.get(id) ?? stepsOf.set(id, [...this.stepsFrom(id, allowed)]).get(id)!;
    let candidates = 0;
    const paths: PathResult[] = [];
    const walk = async (ids: string[], steps: PathStep[], remaining: number): Promise<void> => {
      const current = ids.at(-1)!;
      if (remaining === 0) {
        if (current === target) paths.push(this.pathOf(ids, steps));
        return;
      }
      for (const [next, step] of stepsFrom(current)) {
        if (paths.length >= first) return;
        // Every path extended by one step is a candidate: the bound on the work, not only on the answer.
        if (++candidates > maxCandidates) throw pathSearchLimitError(maxCandidates);
        // The search shares the event loop with every other request: it lets them in now and then.
        if (candidates % CANDIDATES_BETWEEN_YIELDS === 0) await new Promise((resolve) => setImmediate(resolve));
        const left = distance.get(next);
        if (left === undefined || left > remaining - 1 || ids.includes(next)) continue;
        if (next === target && remaining > 1) continue;
        await walk([...ids, next], [...steps, step], remaining - 1);
      }
    };
    // Shortest first; within one length, neighbours in id order give the node-id sequence order.
    for (let length = 1; length <= maxHops && paths.length < first; length++) await walk([source], [], length);
    return paths;
  }

  async neighbourhood(center: NodeRef, hops: number, maxNodes: number, filter: PathFilter = {}): Promise<SubgraphResult | null> {
    const start = globalIdOf(center);
    if (!this.graph.hasNode(start)) return null;
    const allowed = allowedBy(filter);
    const distance = new Map([[start, 0]]);
    let frontier = [start];
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const neighbour of this.neighboursOf(id, allowed)) {
          if (!distance.has(neighbour) && this.kindAllowed(neighbour, allowed)) {
            distance.set(neighbour, hop);
            next.push(neighbour);
          }
        }
      }
      frontier = next;
    }
    const kept = [...distance.entries()]
      .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : 1))
      .slice(0, maxNodes)
      .map(([id]) => id);
    const keptSet = new Set(kept);
    // Every relationship between kept nodes is an out-edge of one of them: no walk over the whole graph
    // (at 1000x the graph, hundreds of thousands of edges for at most maxNodes nodes). Sorted as compareTriples does,
    // on the ids at hand rather than ids rebuilt for every comparison.
    const triples: [type: RelationshipType, from: string, to: string][] = [];
    const visit = (_edge: string, { type }: EdgeAttributes, source: string, target: string) => {
      if (keptSet.has(target) && (!allowed.types || allowed.types.has(type))) triples.push([type, source, target]);
    };
    for (const id of kept) this.graph.forEachOutEdge(id, visit);
    triples.sort(compareTripleIds);
    const relationships = triples.map(([type, from, to]): GraphRelationship => ({ type, from: this.refOf(from), to: this.refOf(to) }));
    return { nodes: kept.map((id) => this.graph.getNodeAttributes(id)), relationships };
  }

  async coMentions(actorKey: string, first: number): Promise<CoMention[] | null> {
    const id = toGlobalId('Actor', actorKey);
    if (!this.graph.hasNode(id)) return null;
    const shared = new Map<string, ParagraphNode[]>();
    for (const paragraph of this.relatedOf('actorParagraphs', id) as ParagraphNode[]) {
      for (const other of this.relatedOf('paragraphActors', globalIdOf(paragraph))) {
        if (other.key !== actorKey) pushTo(shared, other.key, paragraph);
      }
    }
    return [...shared.entries()]
      .map(([key, paragraphs]) => ({ actor: this.node(toGlobalId('Actor', key)) as ActorNode, weight: paragraphs.length, paragraphs }))
      .sort((a, b) => b.weight - a.weight || compareBy('name')(a.actor, b.actor))
      .slice(0, first);
  }

  async actorNetwork(minWeight: number, categories: readonly ActorCategory[] | null): Promise<ActorNetworkResult> {
    const nodes = this.nodesOfKind('Actor')
      .filter((actor) => !categories || categories.includes(actor.category))
      .sort(compareBy('name'));
    const included = new Map(nodes.map((actor) => [actor.key, actor]));
    const pairs = new Map<string, CoMentionEdge>();
    for (const paragraph of this.nodesOfKind('Paragraph').sort(compareBy('order'))) {
      const actors = (this.relatedOf('paragraphActors', globalIdOf(paragraph)) as ActorNode[]).filter((a) => included.has(a.key)).sort(byKey);
      for (let i = 0; i < actors.length; i++) {
        for (let j = i + 1; j < actors.length; j++) {
          const pair = `${actors[i]!.key}|${actors[j]!.key}`;
          let edge = pairs.get(pair);
          if (!edge) pairs.set(pair, (edge = { from: actors[i]!, to: actors[j]!, weight: 0, paragraphs: [] }));
          edge.weight++;
          edge.paragraphs.push(paragraph);
        }
      }
    }
    const edges = [...pairs.values()]
      .filter((edge) => edge.weight >= minWeight)
      .sort((a, b) => byKey(a.from, b.from) || byKey(a.to, b.to));
    return { nodes, edges };
  }

  async exportGraph(): Promise<GraphData> {
    const nodes = NODE_KINDS.flatMap((kind) => (this.nodesOfKind(kind) as GraphNode[]).sort(byKey));
    const relationships: GraphRelationship[] = [];
    this.graph.forEachEdge((_edge, attributes, source, target) => {
      const relationship: GraphRelationship = { type: attributes.type, from: this.refOf(source), to: this.refOf(target) };
      if (attributes.sourceLine !== undefined) relationship.sourceLine = attributes.sourceLine;
      relationships.push(relationship);
    });
    return { nodes, relationships: relationships.sort(compareTriples) };
  }

  /** The graph never changes while the store lives, so one id per store will do. */
  async seedVersion(): Promise<string> {
    return this.version;
  }

  async close(): Promise<void> {}

  private node(id: string): GraphNode | null {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
  }

  private refOf(id: string): NodeRef {
    const { kind, key } = this.graph.getNodeAttributes(id);
    return { kind, key };
  }

  /**
   * The nodes of one kind, as a fresh array the caller may sort. Indexed once, so that a page of 20 actors
   * does not cost a scan of the whole graph.
   */
  private nodesOfKind<K extends NodeKind>(kind: K): NodeOfKind<K>[] {
    if (this.nodesByKind.size === 0) {
      this.graph.forEachNode((_id, node) => {
        const nodes = this.nodesByKind.get(node.kind);
        if (nodes) nodes.push(node);
        else this.nodesByKind.set(node.kind, [node]);
      });
    }
    return [...(this.nodesByKind.get(kind) ?? [])] as NodeOfKind<K>[];
  }

  /** Related nodes of one node, deduplicated and ordered; computed once per node, since the graph never changes. */
  private relatedOf(relation: RelationName, id: string): GraphNode[] {
    let byNode = this.relatedCache.get(relation);
    if (!byNode) this.relatedCache.set(relation, (byNode = new Map()));
    const cached = byNode.get(id);
    if (cached) return cached;
    const { types, direction, orderBy } = RELATIONS[relation];
    const found = new Map<string, GraphNode>();
    if (this.graph.hasNode(id)) {
      const visit = (_edge: string, attributes: EdgeAttributes, source: string, target: string) => {
        if ((types as readonly string[]).includes(attributes.type)) {
          const other = direction === 'out' ? target : source;
          found.set(other, this.graph.getNodeAttributes(other));
        }
      };
      if (direction === 'out') this.graph.forEachOutEdge(id, visit);
      else this.graph.forEachInEdge(id, visit);
    }
    const rows = [...found.values()].sort(compareBy(orderBy));
    byNode.set(id, rows);
    return rows;
  }

  private kindAllowed(id: string, allowed: Allowed): boolean {
    return !allowed.kinds || allowed.kinds.has(this.graph.getNodeAttributes(id).kind);
  }

  /**
   * The neighbours of a node through the allowed relationship types, in id order, each with the
   * relationship a step to it follows, as stored: of several between the same two nodes, the type that sorts first.
   */
  private stepsFrom(id: string, allowed: Allowed): Map<string, PathStep> {
    const steps = new Map<string, PathStep>();
    const visit = (_edge: string, attributes: EdgeAttributes, source: string, target: string) => {
      if (allowed.types && !allowed.types.has(attributes.type)) return;
      const other = source === id ? target : source;
      const known = steps.get(other);
      if (!known || attributes.type < known.type) steps.set(other, { type: attributes.type, from: this.refOf(source), to: this.refOf(target) });
    };
    this.graph.forEachOutEdge(id, visit);
    this.graph.forEachInEdge(id, visit);
    return new Map([...steps.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /**
   * The ids of a node's neighbours through the allowed relationship types, either direction, each once,
   * in no particular order: what a breadth-first search needs, without building and sorting a step per
   * edge (stepsFrom) for every node the search reaches.
   */
  private neighboursOf(id: string, allowed: Allowed): Set<string> {
    const found = new Set<string>();
    this.graph.forEachOutEdge(id, (_edge, attributes, _source, target) => {
      if (!allowed.types || allowed.types.has(attributes.type)) found.add(target);
    });
    this.graph.forEachInEdge(id, (_edge, attributes, source) => {
      if (!allowed.types || allowed.types.has(attributes.type)) found.add(source);
    });
    return found;
  }

  /**
   * Hops from each node to `target` within `maxHops`, through allowed relationships and, between the
   * ends, allowed kinds only. The source end is reached but never walked through: no simple path from it returns to it.
   */
  private distancesTo(target: string, source: string, maxHops: number, allowed: Allowed, untilSource = false): Map<string, number> {
    const distance = new Map([[target, 0]]);
    let frontier = [target];
    // With `untilSource`, the search ends with the hop that reaches the source: the shortest paths need no node farther out.
    for (let hop = 1; hop <= maxHops && frontier.length > 0 && !(untilSource && distance.has(source)); hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const neighbour of this.neighboursOf(id, allowed)) {
          if (distance.has(neighbour)) continue;
          if (neighbour === source) distance.set(neighbour, hop);
          else if (this.kindAllowed(neighbour, allowed)) {
            distance.set(neighbour, hop);
            next.push(neighbour);
          }
        }
      }
      frontier = next;
    }
    return distance;
  }

  private pathOf(ids: string[], relationships: PathStep[]): PathResult {
    return { nodes: ids.map((id) => this.graph.getNodeAttributes(id)), relationships };
  }

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

/** compareTriples on [type, from id, to id]. */
function compareTripleIds(a: readonly [string, string, string], b: readonly [string, string, string]): number {
  for (let i = 0; i < 3; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** Orders relationships by type, then start node id, then end node id. */
export function compareTriples(a: GraphRelationship, b: GraphRelationship): number {
  const left = [a.type, globalIdOf(a.from), globalIdOf(a.to)];
  const right = [b.type, globalIdOf(b.from), globalIdOf(b.to)];
  for (let i = 0; i < 3; i++) {
    if (left[i]! < right[i]!) return -1;
    if (left[i]! > right[i]!) return 1;
  }
  return 0;
}
