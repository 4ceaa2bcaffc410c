import { MultiDirectedGraph } from 'graphology';
import { undirectedSingleSourceLength } from 'graphology-shortest-path';
import MiniSearch from 'minisearch';
import { globalIdOf, toGlobalId } from '../graph/global-id.ts';
import type {
  ActorNode,
  GraphData,
  GraphNode,
  GraphRelationship,
  LinkBasis,
  NodeKind,
  NodeOfKind,
  NodeRef,
  ObjectiveNode,
  ParagraphNode,
  QuoteNode,
  RelationshipType,
} from '../graph/model.ts';
import { searchableText } from '../graph/search-text.ts';
import {
  RELATIONS,
  type ActorFilter,
  type EntryPointFilter,
  type GraphStore,
  type ObjectiveLink,
  type Page,
  type PageOf,
  type ParagraphFilter,
  type PathResult,
  type PathStep,
  type RelatedNode,
  type RelationName,
  type SearchResult,
  type SubgraphResult,
} from './graph-store.ts';

interface EdgeAttributes {
  type: RelationshipType;
}

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
  private readonly linksByActor = new Map<string, ObjectiveLink[]>();
  private readonly linksByObjective = new Map<number, ObjectiveLink[]>();
  private readonly searchIndex = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], idField: 'id' });

  constructor(data: GraphData) {
    for (const node of data.nodes) this.graph.addNode(globalIdOf(node), node);
    for (const relationship of data.relationships) {
      const from = globalIdOf(relationship.from);
      const to = globalIdOf(relationship.to);
      this.graph.addDirectedEdgeWithKey(`${relationship.type}:${from}->${to}`, from, to, { type: relationship.type });
    }
    this.indexObjectiveLinks();
    this.searchIndex.addAll(
      data.nodes.flatMap((node) => {
        const text = searchableText(node);
        return text === null ? [] : [{ id: globalIdOf(node), text }];
      }),
    );
  }

  async nodesByKey<K extends NodeKind>(kind: K, keys: readonly string[]): Promise<(NodeOfKind<K> | null)[]> {
    return keys.map((key) => this.node(toGlobalId(kind, key)) as NodeOfKind<K> | null);
  }

  async related<R extends RelationName>(relation: R, keys: readonly string[], page: Page): Promise<PageOf<RelatedNode<R>>[]> {
    const { from } = RELATIONS[relation];
    return keys.map((key) => slice(this.relatedOf(relation, toGlobalId(from, key)) as RelatedNode<R>[], page));
  }

  async objectiveLinksOfActors(actorKeys: readonly string[]): Promise<ObjectiveLink[][]> {
    return actorKeys.map((key) => this.linksByActor.get(key) ?? []);
  }

  async actorLinksOfObjectives(objectiveNumbers: readonly number[]): Promise<ObjectiveLink[][]> {
    return objectiveNumbers.map((number) => this.linksByObjective.get(number) ?? []);
  }

  async actors(filter: ActorFilter, page: Page): Promise<PageOf<ActorNode>> {
    const actors = this.nodesOfKind('Actor').filter((actor) => !filter.category || actor.category === filter.category);
    return slice(actors.sort(compareBy('name')), page);
  }

  async paragraphs(filter: ParagraphFilter, page: Page): Promise<PageOf<ParagraphNode>> {
    let paragraphs = this.nodesOfKind('Paragraph');
    if (filter.objective != null) paragraphs = paragraphs.filter((p) => p.objectiveNumber === filter.objective);
    if (filter.actor != null) {
      const mentioning = new Set(this.relatedOf('actorParagraphs', toGlobalId('Actor', filter.actor)).map((p) => p.key));
      paragraphs = paragraphs.filter((p) => mentioning.has(p.key));
    }
    return slice(paragraphs.sort(compareBy('order')), page);
  }

  async objectives(): Promise<ObjectiveNode[]> {
    return this.nodesOfKind('Objective').sort(compareBy('number'));
  }

  async referencePhrases() {
    return this.nodesOfKind('ReferencePhrase').sort(compareBy('sourceLine'));
  }

  async entryPoints(filter: EntryPointFilter) {
    return this.nodesOfKind('EntryPoint')
      .filter((entry) => (!filter.level || entry.level === filter.level) && (filter.objective == null || entry.objectiveNumber === filter.objective))
      .sort(compareBy('sourceLine'));
  }

  async search(query: string, first: number): Promise<SearchResult[]> {
    return this.searchIndex
      .search(query)
      .slice(0, first)
      .map((hit) => ({ node: this.graph.getNodeAttributes(hit.id), score: hit.score }));
  }

  async shortestPath(from: NodeRef, to: NodeRef, maxHops: number): Promise<PathResult | null> {
    const source = globalIdOf(from);
    const target = globalIdOf(to);
    if (!this.graph.hasNode(source) || !this.graph.hasNode(target)) return null;
    const distanceToTarget = undirectedSingleSourceLength(this.graph, target);
    const length = distanceToTarget[source];
    if (length === undefined || length > maxHops) return null;

    // Walk from the source, always stepping to the smallest node id that stays on a shortest path:
    // that yields the path whose id sequence sorts first, the tie-break both stores share.
    const nodeIds = [source];
    const relationships: PathStep[] = [];
    let current = source;
    for (let remaining = length; remaining > 0; remaining--) {
      const next = this.graph
        .neighbors(current)
        .filter((neighbour) => distanceToTarget[neighbour] === remaining - 1)
        .sort()[0]!;
      relationships.push(this.firstRelationshipBetween(current, next));
      nodeIds.push(next);
      current = next;
    }
    return { nodes: nodeIds.map((id) => this.graph.getNodeAttributes(id)), relationships };
  }

  async neighbourhood(center: NodeRef, hops: number, maxNodes: number): Promise<SubgraphResult | null> {
    const start = globalIdOf(center);
    if (!this.graph.hasNode(start)) return null;
    const distance = new Map([[start, 0]]);
    let frontier = [start];
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const neighbour of this.graph.neighbors(id)) {
          if (!distance.has(neighbour)) {
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
    const relationships: GraphRelationship[] = [];
    this.graph.forEachEdge((_edge, attributes, source, target) => {
      if (keptSet.has(source) && keptSet.has(target)) {
        relationships.push({ type: attributes.type, from: this.refOf(source), to: this.refOf(target) });
      }
    });
    relationships.sort((a, b) => compareTriples(a, b));
    return { nodes: kept.map((id) => this.graph.getNodeAttributes(id)), relationships };
  }

  async ping(): Promise<void> {}
  async close(): Promise<void> {}

  private node(id: string): GraphNode | null {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
  }

  private refOf(id: string): NodeRef {
    const { kind, key } = this.graph.getNodeAttributes(id);
    return { kind, key };
  }

  private nodesOfKind<K extends NodeKind>(kind: K): NodeOfKind<K>[] {
    const nodes: NodeOfKind<K>[] = [];
    this.graph.forEachNode((_id, node) => {
      if (node.kind === kind) nodes.push(node as NodeOfKind<K>);
    });
    return nodes;
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

  /** The relationship a path step follows, as it is stored: forEachDirectedEdge(a, b) visits a→b and b→a, each with its own ends. */
  private firstRelationshipBetween(a: string, b: string): PathStep {
    const steps: PathStep[] = [];
    this.graph.forEachDirectedEdge(a, b, (_edge, attributes, source, target) => {
      steps.push({ type: attributes.type, from: this.refOf(source), to: this.refOf(target) });
    });
    return steps.sort((x, y) => (x.type < y.type ? -1 : x.type > y.type ? 1 : 0))[0]!;
  }

  private indexObjectiveLinks(): void {
    const links = new Map<string, { actorKey: string; objectiveNumber: number; basis: Set<LinkBasis>; paragraphs: Map<string, ParagraphNode>; quotes: Map<string, GraphNode> }>();
    const linkOf = (actorKey: string, objectiveNumber: number) => {
      const id = `${actorKey}|${objectiveNumber}`;
      let link = links.get(id);
      if (!link) links.set(id, (link = { actorKey, objectiveNumber, basis: new Set(), paragraphs: new Map(), quotes: new Map() }));
      return link;
    };
    const objectiveOf = (paragraph: string) =>
      this.graph.outNeighbors(paragraph).find((id) => this.graph.getNodeAttributes(id).kind === 'Objective');

    this.graph.forEachEdge((_edge, { type }, source, target) => {
      const targetKey = this.graph.getNodeAttributes(target).key;
      if (type === 'FILED_UNDER' || type === 'NAMES') {
        const quote = this.graph.getNodeAttributes(source);
        for (const paragraph of this.graph.outNeighbors(source)) {
          const paragraphNode = this.graph.getNodeAttributes(paragraph);
          if (paragraphNode.kind !== 'Paragraph') continue;
          const objective = objectiveOf(paragraph);
          if (!objective) continue;
          const link = linkOf(targetKey, Number(this.graph.getNodeAttributes(objective).key));
          link.basis.add('QUOTED');
          link.paragraphs.set(paragraphNode.key, paragraphNode);
          link.quotes.set(quote.key, quote);
        }
      } else if (type === 'SUMMARY_LISTS') {
        linkOf(this.graph.getNodeAttributes(source).key, Number(targetKey)).basis.add('SUMMARY');
      } else if (type === 'ENGAGES') {
        const objective = this.graph.outNeighbors(source).find((id) => this.graph.getNodeAttributes(id).kind === 'Objective');
        if (objective) linkOf(targetKey, Number(this.graph.getNodeAttributes(objective).key)).basis.add('ENTRY_POINT');
      }
    });

    const basisOrder: LinkBasis[] = ['QUOTED', 'SUMMARY', 'ENTRY_POINT'];
    const all: ObjectiveLink[] = [...links.values()].map((link) => ({
      actor: this.graph.getNodeAttributes(toGlobalId('Actor', link.actorKey)) as ActorNode,
      objective: this.graph.getNodeAttributes(toGlobalId('Objective', String(link.objectiveNumber))) as ObjectiveNode,
      basis: basisOrder.filter((basis) => link.basis.has(basis)),
      paragraphs: [...link.paragraphs.values()].sort(compareBy('order')),
      quotes: ([...link.quotes.values()] as QuoteNode[]).sort(compareBy('sourceLine')),
    }));
    all.sort((a, b) => a.objective.number - b.objective.number);
    for (const link of all) pushTo(this.linksByActor, link.actor.key, link);
    all.sort((a, b) => compareBy('name')(a.actor, b.actor));
    for (const link of all) pushTo(this.linksByObjective, link.objective.number, link);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
