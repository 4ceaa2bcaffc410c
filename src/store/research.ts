// The embedded store's research: paths, neighbourhoods, co-mentions and the actor network, as the
// research worker (src/store/research-worker.ts) runs them over its own copy of the graph, off the
// thread that answers requests. Answers name nodes by global id: the worker's copies never cross back,
// the store reads each id from its own graph (src/store/memory.ts), so its answers hold its own nodes.
import { globalIdOf, toGlobalId } from '../graph/global-id.ts';
import type { ActorCategory, ActorNode, NodeKind, NodeRef, ParagraphNode, RelationshipType } from '../graph/model.ts';
import type { PathFilter, PathQuery } from './graph-store.ts';
import { byKey, compareBy, compareTripleIds, type EdgeAttributes, type MemoryGraph } from './memory-graph.ts';

/** A relationship as stored, by the ids of its ends: [type, start id, end id]. */
export type RelationshipIds = [type: RelationshipType, from: string, to: string];

export interface PathIds {
  nodes: string[];
  relationships: RelationshipIds[];
}

export interface SubgraphIds {
  nodes: string[];
  relationships: RelationshipIds[];
}

/** A co-mentioned actor and the shared paragraphs, in the Compact's order; the weight is their number. */
export interface CoMentionIds {
  actor: string;
  paragraphs: string[];
}

export interface ActorNetworkIds {
  nodes: string[];
  edges: { from: string; to: string; paragraphs: string[] }[];
}

/** The research calls, as GraphStore has them (see there), answering in ids. */
export interface ResearchCalls {
  paths(from: NodeRef, to: NodeRef, query: PathQuery): PathIds[] | null;
  neighbourhood(center: NodeRef, hops: number, maxNodes: number, filter: PathFilter): SubgraphIds | null;
  coMentions(actorKey: string, first: number): CoMentionIds[] | null;
  actorNetwork(minWeight: number, categories: readonly ActorCategory[] | null): ActorNetworkIds;
}

export type ResearchMethod = keyof ResearchCalls;

export type ResearchRequest = { [M in ResearchMethod]: { method: M; args: Parameters<ResearchCalls[M]> } }[ResearchMethod];

/** Why a call stopped short. Crosses the thread boundary as data: an Error loses its extensions there. */
export type ResearchFailure = { reason: 'candidates'; maxCandidates: number } | { reason: 'deadline' } | { reason: 'error'; message: string };

/** A call, as the store posts it to the worker. */
export interface ResearchMessage {
  id: number;
  request: ResearchRequest;
  /** A Date.now() time: the call stops there (the threads share no performance.now() origin). */
  deadline: number;
}

/** What the worker posts back: once `ready` when it holds the graph, then one answer per call. */
export type ResearchAnswer = { ready: true } | { id: number; result: unknown } | { id: number; failure: ResearchFailure };

/** Thrown inside a search to stop it with a failure the store turns into its coded error. */
export class ResearchStopped extends Error {
  constructor(readonly failure: ResearchFailure) {
    super(failure.reason);
  }
}

/** Candidate paths a simple-path search considers between two readings of the clock. */
const CANDIDATES_BETWEEN_CLOCK_READS = 256;

/** A filter with its lists as sets; null where it does not restrict. */
interface Allowed {
  types: Set<RelationshipType> | null;
  kinds: Set<NodeKind> | null;
}

const allowedBy = (filter: PathFilter = {}): Allowed => ({
  types: filter.relationshipTypes ? new Set(filter.relationshipTypes) : null,
  kinds: filter.nodeKinds ? new Set(filter.nodeKinds) : null,
});

/**
 * Runs one research call over `graph`. Every call ends by itself: past `deadline` (a Date.now() time)
 * it stops with a `deadline` failure, checked before it starts, between the hops of a breadth-first
 * search and every few hundred candidates of a simple-path search.
 */
export function runResearch(graph: MemoryGraph, request: ResearchRequest, deadline: number): unknown {
  const research = new Research(graph, deadline);
  research.checkDeadline();
  const call = research[request.method] as (...args: unknown[]) => unknown;
  return call.apply(research, request.args);
}

class Research implements ResearchCalls {
  constructor(
    private readonly graph: MemoryGraph,
    private readonly deadline: number,
  ) {}

  checkDeadline(): void {
    if (Date.now() >= this.deadline) throw new ResearchStopped({ reason: 'deadline' });
  }

  paths(from: NodeRef, to: NodeRef, query: PathQuery): PathIds[] | null {
    const { maxHops, filter, first } = query;
    return query.shape === 'shortest' ? this.shortestPaths(from, to, maxHops, filter, first) : this.simplePaths(from, to, maxHops, filter, first, query.maxCandidates);
  }

  private shortestPaths(from: NodeRef, to: NodeRef, maxHops: number, filter: PathFilter, first: number): PathIds[] | null {
    const source = globalIdOf(from);
    const target = globalIdOf(to);
    if (!this.graph.has(source) || !this.graph.has(target)) return null;
    if (source === target) return first > 0 ? [{ nodes: [source], relationships: [] }] : [];
    const allowed = allowedBy(filter);
    const distance = this.distancesTo(target, source, maxHops, allowed, true);
    const length = distance.get(source);
    if (length === undefined) return [];

    // Stepping to neighbours in id order, always one hop nearer the target, visits the shortest
    // paths in the order of their node-id sequences: the tie-break both stores share.
    const paths: PathIds[] = [];
    const walk = (ids: string[], steps: RelationshipIds[], remaining: number): void => {
      const current = ids.at(-1)!;
      if (remaining === 0) {
        paths.push({ nodes: ids, relationships: steps });
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

  private simplePaths(from: NodeRef, to: NodeRef, maxHops: number, filter: PathFilter, first: number, maxCandidates: number): PathIds[] | null {
    const source = globalIdOf(from);
    const target = globalIdOf(to);
    if (!this.graph.has(source) || !this.graph.has(target)) return null;
    if (source === target) return [];
    const allowed = allowedBy(filter);
    // The distance to the target bounds what is left to walk: a bounded DFS that never enters a node
    // from which the target is out of reach within the hops left.
    const distance = this.distancesTo(target, source, maxHops, allowed);
    // Each node's sorted steps, made once per search rather than once per visit.
    const stepsOf = new Map<string, [string, RelationshipIds][]>();
    const stepsFrom = (id: string) => stepsOf.get(id) ?? stepsOf.set(id, [...this.stepsFrom(id, allowed)]).get(id)!;
    let candidates = 0;
    const paths: PathIds[] = [];
    const walk = (ids: string[], steps: RelationshipIds[], remaining: number): void => {
      const current = ids.at(-1)!;
      if (remaining === 0) {
        if (current === target) paths.push({ nodes: ids, relationships: steps });
        return;
      }
      for (const [next, step] of stepsFrom(current)) {
        if (paths.length >= first) return;
        // Every path extended by one step is a candidate: the bound on the work, not only on the answer.
        if (++candidates > maxCandidates) throw new ResearchStopped({ reason: 'candidates', maxCandidates });
        if (candidates % CANDIDATES_BETWEEN_CLOCK_READS === 0) this.checkDeadline();
        const left = distance.get(next);
        if (left === undefined || left > remaining - 1 || ids.includes(next)) continue;
        if (next === target && remaining > 1) continue;
        walk([...ids, next], [...steps, step], remaining - 1);
      }
    };
    // Shortest first; within one length, neighbours in id order give the node-id sequence order.
    for (let length = 1; length <= maxHops && paths.length < first; length++) walk([source], [], length);
    return paths;
  }

  neighbourhood(center: NodeRef, hops: number, maxNodes: number, filter: PathFilter = {}): SubgraphIds | null {
    const start = globalIdOf(center);
    if (!this.graph.has(start)) return null;
    const allowed = allowedBy(filter);
    const distance = new Map([[start, 0]]);
    let frontier = [start];
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      this.checkDeadline();
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
    // (at 1000x the graph, hundreds of thousands of edges for at most maxNodes nodes). Sorted as compareTriples does.
    const relationships: RelationshipIds[] = [];
    const visit = (_edge: string, { type }: EdgeAttributes, source: string, target: string) => {
      if (keptSet.has(target) && (!allowed.types || allowed.types.has(type))) relationships.push([type, source, target]);
    };
    for (const id of kept) this.graph.graph.forEachOutEdge(id, visit);
    relationships.sort(compareTripleIds);
    return { nodes: kept, relationships };
  }

  coMentions(actorKey: string, first: number): CoMentionIds[] | null {
    const id = toGlobalId('Actor', actorKey);
    if (!this.graph.has(id)) return null;
    const shared = new Map<string, ParagraphNode[]>();
    for (const paragraph of this.graph.relatedOf('actorParagraphs', id) as ParagraphNode[]) {
      for (const other of this.graph.relatedOf('paragraphActors', globalIdOf(paragraph))) {
        if (other.key !== actorKey) pushTo(shared, other.key, paragraph);
      }
    }
    return [...shared.entries()]
      .map(([key, paragraphs]) => ({ actor: this.graph.nodeAt(toGlobalId('Actor', key)) as ActorNode, paragraphs }))
      .sort((a, b) => b.paragraphs.length - a.paragraphs.length || compareBy('name')(a.actor, b.actor))
      .slice(0, first)
      .map(({ actor, paragraphs }) => ({ actor: globalIdOf(actor), paragraphs: paragraphs.map(globalIdOf) }));
  }

  actorNetwork(minWeight: number, categories: readonly ActorCategory[] | null): ActorNetworkIds {
    const nodes = this.graph
      .nodesOfKind('Actor')
      .filter((actor) => !categories || categories.includes(actor.category))
      .sort(compareBy('name'));
    const included = new Set(nodes.map((actor) => actor.key));
    const pairs = new Map<string, { from: ActorNode; to: ActorNode; paragraphs: ParagraphNode[] }>();
    for (const paragraph of this.graph.nodesOfKind('Paragraph').sort(compareBy('order'))) {
      const actors = (this.graph.relatedOf('paragraphActors', globalIdOf(paragraph)) as ActorNode[]).filter((a) => included.has(a.key)).sort(byKey);
      for (let i = 0; i < actors.length; i++) {
        for (let j = i + 1; j < actors.length; j++) {
          const pair = `${actors[i]!.key}|${actors[j]!.key}`;
          let edge = pairs.get(pair);
          if (!edge) pairs.set(pair, (edge = { from: actors[i]!, to: actors[j]!, paragraphs: [] }));
          edge.paragraphs.push(paragraph);
        }
      }
    }
    const edges = [...pairs.values()]
      .filter((edge) => edge.paragraphs.length >= minWeight)
      .sort((a, b) => byKey(a.from, b.from) || byKey(a.to, b.to))
      .map((edge) => ({ from: globalIdOf(edge.from), to: globalIdOf(edge.to), paragraphs: edge.paragraphs.map(globalIdOf) }));
    return { nodes: nodes.map(globalIdOf), edges };
  }

  private kindAllowed(id: string, allowed: Allowed): boolean {
    return !allowed.kinds || allowed.kinds.has(this.graph.nodeAt(id).kind);
  }

  /**
   * The neighbours of a node through the allowed relationship types, in id order, each with the
   * relationship a step to it follows, as stored: of several between the same two nodes, the type that sorts first.
   */
  private stepsFrom(id: string, allowed: Allowed): Map<string, RelationshipIds> {
    const steps = new Map<string, RelationshipIds>();
    const visit = (_edge: string, attributes: EdgeAttributes, source: string, target: string) => {
      if (allowed.types && !allowed.types.has(attributes.type)) return;
      const other = source === id ? target : source;
      const known = steps.get(other);
      if (!known || attributes.type < known[0]) steps.set(other, [attributes.type, source, target]);
    };
    this.graph.graph.forEachOutEdge(id, visit);
    this.graph.graph.forEachInEdge(id, visit);
    return new Map([...steps.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /**
   * The ids of a node's neighbours through the allowed relationship types, either direction, each once,
   * in no particular order: what a breadth-first search needs, without building and sorting a step per
   * edge (stepsFrom) for every node the search reaches.
   */
  private neighboursOf(id: string, allowed: Allowed): Set<string> {
    const found = new Set<string>();
    this.graph.graph.forEachOutEdge(id, (_edge, attributes, _source, target) => {
      if (!allowed.types || allowed.types.has(attributes.type)) found.add(target);
    });
    this.graph.graph.forEachInEdge(id, (_edge, attributes, source) => {
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
      this.checkDeadline();
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
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
