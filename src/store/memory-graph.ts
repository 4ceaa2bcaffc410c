// The embedded store's graph, indexed for reading. Built from the extracted GraphData twice: on the
// request thread (src/store/memory.ts), which answers node, list and link reads, and in the research
// worker (src/store/research-worker.ts), which runs the searches; both read the same nodes in the same orders.
import { MultiDirectedGraph } from 'graphology';
import { globalIdOf } from '../graph/global-id.ts';
import type { GraphData, GraphNode, GraphRelationship, NodeKind, NodeOfKind, NodeRef, RelationshipType } from '../graph/model.ts';
import { RELATIONS, type RelationName, type SortProperty } from '../graph/catalogue.ts';

export interface EdgeAttributes {
  type: RelationshipType;
  sourceLine?: number;
}

export class MemoryGraph {
  readonly graph = new MultiDirectedGraph<GraphNode, EdgeAttributes>();
  private readonly relatedCache = new Map<RelationName, Map<string, GraphNode[]>>();
  private readonly nodesByKind = new Map<NodeKind, GraphNode[]>();

  constructor(data: GraphData) {
    for (const node of data.nodes) this.graph.addNode(globalIdOf(node), node);
    for (const relationship of data.relationships) {
      const from = globalIdOf(relationship.from);
      const to = globalIdOf(relationship.to);
      const attributes: EdgeAttributes = { type: relationship.type };
      if (relationship.sourceLine !== undefined) attributes.sourceLine = relationship.sourceLine;
      this.graph.addDirectedEdgeWithKey(`${relationship.type}:${from}->${to}`, from, to, attributes);
    }
  }

  has(id: string): boolean {
    return this.graph.hasNode(id);
  }

  /** The node of a global id, null when there is none. */
  node(id: string): GraphNode | null {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
  }

  /** The node of a global id known to be in the graph. */
  nodeAt(id: string): GraphNode {
    return this.graph.getNodeAttributes(id);
  }

  refOf(id: string): NodeRef {
    const { kind, key } = this.graph.getNodeAttributes(id);
    return { kind, key };
  }

  /**
   * The nodes of one kind, as a fresh array the caller may sort. Indexed once, so that a page of 20 actors
   * does not cost a scan of the whole graph.
   */
  nodesOfKind<K extends NodeKind>(kind: K): NodeOfKind<K>[] {
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
  relatedOf(relation: RelationName, id: string): GraphNode[] {
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
}

export const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Orders nodes the way the Neo4j store's ORDER BY does: by the sort property, then by key. */
export function compareBy(sortKey: SortProperty) {
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

/** compareTriples on [type, from id, to id]. */
export function compareTripleIds(a: readonly [string, string, string], b: readonly [string, string, string]): number {
  for (let i = 0; i < 3; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** Orders relationships by type, then start node id, then end node id. */
export function compareTriples(a: GraphRelationship, b: GraphRelationship): number {
  return compareTripleIds([a.type, globalIdOf(a.from), globalIdOf(a.to)], [b.type, globalIdOf(b.from), globalIdOf(b.to)]);
}
