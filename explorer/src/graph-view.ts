// The force-directed picture: actors and objectives in a graphology graph, laid out once by
// ForceAtlas2 from fixed starting points (the same picture on every load), drawn by sigma.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { Overview, PathNode, PathResult } from './api.ts';
import { CATEGORIES, CATEGORY_ORDER, OBJECTIVE_COLOR } from './categories.ts';
import { actorGraphLabel, objectiveLabel, objectiveShortName } from './labels.ts';
import { drawHover, drawLabel, invalidateLabels, setLabelPlanner, type LabelCandidate } from './node-labels.ts';
import { nodeShortName } from './kinds.ts';

export type DrawnKind = 'Actor' | 'Objective' | PathNode['__typename'];

export interface NodeAttributes {
  kind: DrawnKind;
  label: string;
  /** The full name, for lists and the panel. */
  name: string;
  x: number;
  y: number;
  size: number;
  color: string;
  labelColor?: string;
  /** Drawn inside the node instead of the label beside it: an objective's number. */
  badge?: string;
  badgeColor?: string;
  forceLabel?: boolean;
  /** Added to show a path, removed with it. */
  temporary?: boolean;
}

export interface EdgeAttributes {
  /** Paragraphs behind the link, at least 1 so a summary-only link still pulls. */
  weight: number;
  paragraphs: number;
  size: number;
  color: string;
  temporary?: boolean;
}

const EDGE_COLOR = '#a9b4c2';
const SUMMARY_ONLY_EDGE_COLOR = '#d3d9e1';
const DIMMED = '#e3e7ec';
const DIMMED_LABEL = '#8d97a3';
const PATH_COLOR = '#1b1f24';
const LAYOUT_ITERATIONS = 400;

const TEMPORARY_COLORS: Partial<Record<DrawnKind, string>> = {
  Paragraph: '#7b8794',
  Quote: '#9aa5b1',
  ReferencePhrase: '#8e7cc3',
  EntryPoint: '#5b7c99',
};

/** The drawn graph from the overview: one node per actor and objective, one edge per link. */
export function buildGraph(overview: Overview): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false });
  const objectives = [...overview.objectives].sort((a, b) => a.number - b.number);
  const actors = [...overview.actors].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.name.localeCompare(b.name, 'en'),
  );
  const actorCount = new Map<number, number>();
  for (const actor of actors) for (const edge of actor.objectives.edges) actorCount.set(edge.node.number, (actorCount.get(edge.node.number) ?? 0) + 1);

  // Fixed starting points: objectives on an outer ring by number, actors on an inner ring by category.
  objectives.forEach((objective, i) => {
    const angle = (2 * Math.PI * i) / objectives.length;
    graph.addNode(objective.id, {
      kind: 'Objective',
      label: objectiveLabel(objective),
      name: `Objective ${objective.number}: ${objectiveShortName(objective)}`,
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      size: 9 + 1.2 * Math.sqrt(actorCount.get(objective.number) ?? 0),
      color: OBJECTIVE_COLOR,
      badge: String(objective.number),
      forceLabel: true,
    });
  });
  actors.forEach((actor, i) => {
    const angle = (2 * Math.PI * i) / actors.length + 0.1;
    graph.addNode(actor.id, {
      kind: 'Actor',
      label: actorGraphLabel(actor),
      name: actor.name,
      x: 50 * Math.cos(angle),
      y: 50 * Math.sin(angle),
      size: 4 + 1.5 * Math.sqrt(actor.objectives.edges.length),
      color: CATEGORIES[actor.category].color,
    });
    for (const edge of actor.objectives.edges) {
      if (!graph.hasNode(edge.node.id)) continue;
      const paragraphs = edge.paragraphs.length;
      graph.addEdgeWithKey(edgeKey(actor.id, edge.node.id), actor.id, edge.node.id, {
        weight: Math.max(1, paragraphs),
        paragraphs,
        size: 0.6 + Math.min(5, paragraphs * 0.9),
        color: paragraphs === 0 ? SUMMARY_ONLY_EDGE_COLOR : EDGE_COLOR,
      });
    }
  });

  forceAtlas2.assign(graph, {
    iterations: LAYOUT_ITERATIONS,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: false,
      adjustSizes: true,
      linLogMode: true,
      strongGravityMode: false,
      gravity: 0.3,
      scalingRatio: 4,
      edgeWeightInfluence: 0.6,
    },
  });
  return graph;
}

export function edgeKey(actorId: string, objectiveId: string): string {
  return `${actorId}->${objectiveId}`;
}

export interface GraphViewEvents {
  onNodeClick(id: string): void;
  onStageClick(): void;
  /** Called once, when the graph is first on screen. */
  onFirstDraw(): void;
}

export class GraphView {
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private selected: string | null = null;
  private hovered: string | null = null;
  private path: { nodes: Set<string>; edges: Set<string> } | null = null;

  constructor(
    readonly graph: Graph<NodeAttributes, EdgeAttributes>,
    container: HTMLElement,
    events: GraphViewEvents,
  ) {
    // ForceAtlas2 gives a round picture; widen or narrow it to the screen so it fills the space.
    const stretch = Math.min(1.5, Math.max(0.7, (0.9 * container.clientWidth) / Math.max(1, container.clientHeight)));
    graph.updateEachNodeAttributes((_, attributes) => ({ ...attributes, x: attributes.x * stretch }));
    this.renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { attribute: 'labelColor', color: '#1f2933' },
      labelRenderedSizeThreshold: 0,
      labelDensity: 3,
      labelGridCellSize: 60,
      stagePadding: 30,
      defaultDrawNodeLabel: drawLabel,
      defaultDrawNodeHover: drawHover,
      allowInvalidContainer: true,
      zIndex: true,
      minCameraRatio: 0.15,
      maxCameraRatio: 3,
      nodeReducer: (node, data) => this.nodeStyle(node, data),
      edgeReducer: (edge, data) => this.edgeStyle(edge, data),
    });
    this.renderer.on('clickNode', ({ node }) => {
      if (!graph.getNodeAttribute(node, 'temporary')) events.onNodeClick(node);
    });
    this.renderer.on('clickStage', () => events.onStageClick());
    this.renderer.on('enterNode', ({ node }) => {
      this.hovered = node;
      container.style.cursor = graph.getNodeAttribute(node, 'temporary') ? 'default' : 'pointer';
      this.renderer.refresh({ skipIndexation: true });
    });
    this.renderer.on('leaveNode', () => {
      this.hovered = null;
      container.style.cursor = '';
      this.renderer.refresh({ skipIndexation: true });
    });
    const drawn = () => {
      this.renderer.off('afterRender', drawn);
      events.onFirstDraw();
    };
    setLabelPlanner(() => this.labelCandidates());
    this.renderer.on('beforeRender', () => invalidateLabels(this.renderer.getDimensions().width));
    this.renderer.on('afterRender', drawn);
    // Sigma only listens to window resizes; the container also changes with the layout around it.
    new ResizeObserver(() => {
      if (container.clientWidth > 0 && container.clientHeight > 0) this.renderer.refresh();
    }).observe(container);
    // Sigma renders on the next frame; make sure the first frame is asked for now.
    this.renderer.refresh();
  }

  private labelCandidates(): LabelCandidate[] {
    const candidates: LabelCandidate[] = [];
    this.graph.forEachNode((node, attributes) => {
      const data = this.renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const at = this.renderer.framedGraphToViewport(data);
      candidates.push({ label: data.label, x: at.x, y: at.y, size: this.renderer.scaleSize(data.size), forced: data.forceLabel && !attributes.badge, badge: Boolean(attributes.badge) });
    });
    return candidates;
  }

  /** Marks a node as selected (its links stay bright, the rest fades); null clears. */
  select(id: string | null): void {
    this.selected = id && this.graph.hasNode(id) ? id : null;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Moves the camera to show a node with all its neighbours, as large as they fit. */
  centreOn(id: string): void {
    const ids = [id, ...this.graph.neighbors(id)];
    const points = ids.map((node) => this.renderer.getNodeDisplayData(node)).filter((data) => data !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Framed-graph coordinates span about 0..1, where camera ratio 1 shows everything.
    const ratio = Math.min(1, Math.max(0.35, 1.3 * Math.max(maxX - minX, maxY - minY)));
    void this.renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  zoom(direction: 'in' | 'out' | 'reset'): void {
    const camera = this.renderer.getCamera();
    if (direction === 'in') void camera.animatedZoom({ duration: 250 });
    else if (direction === 'out') void camera.animatedUnzoom({ duration: 250 });
    else void camera.animatedReset({ duration: 300 });
  }

  /**
   * Draws a path on top of the picture: hops between drawn nodes reuse their edge; paragraphs,
   * quotes and other nodes the picture lacks are added for the while, between their neighbours.
   */
  showPath(path: PathResult): void {
    this.clearPath(false);
    const ids = path.nodes.map((node) => node.id);
    const drawn = ids.map((id) => this.graph.hasNode(id));
    path.nodes.forEach((node, i) => {
      if (drawn[i]) return;
      const before = lastIndex(drawn, i, -1);
      const after = lastIndex(drawn, i, +1);
      const { x, y } = this.between(ids, before, after, i);
      this.graph.addNode(node.id, {
        kind: node.__typename,
        label: nodeShortName(node),
        name: nodeShortName(node),
        x,
        y,
        size: 5,
        color: TEMPORARY_COLORS[node.__typename] ?? '#7b8794',
        temporary: true,
      });
    });
    const edges = new Set<string>();
    path.relationships.forEach((_, i) => {
      const a = ids[i]!;
      const b = ids[i + 1]!;
      if (this.graph.hasEdge(a, b)) {
        edges.add(this.graph.edge(a, b)!);
        return;
      }
      const key = `path-step-${i}`;
      this.graph.addEdgeWithKey(key, a, b, { weight: 1, paragraphs: 0, size: 3, color: PATH_COLOR, temporary: true });
      edges.add(key);
    });
    this.path = { nodes: new Set(ids), edges };
    // A hook for tests: the ids of the drawn path, in order.
    this.renderer.getContainer().dataset.path = ids.join(' ');
    this.renderer.refresh();
  }

  clearPath(refresh = true): void {
    this.graph.forEachEdge((edge, attributes) => {
      if (attributes.temporary) this.graph.dropEdge(edge);
    });
    this.graph.forEachNode((node, attributes) => {
      if (attributes.temporary) this.graph.dropNode(node);
    });
    this.path = null;
    delete this.renderer.getContainer().dataset.path;
    if (refresh) this.renderer.refresh();
  }

  /** A point for the i-th path node, evenly spaced between the nearest drawn nodes of the path. */
  private between(ids: string[], before: number, after: number, i: number): { x: number; y: number } {
    const at = (index: number) => this.graph.getNodeAttributes(ids[index]!);
    if (before >= 0 && after >= 0) {
      const t = (i - before) / (after - before);
      const a = at(before);
      const b = at(after);
      // A small sideways step keeps the added node off the straight edge that may join a and b.
      const nx = -(b.y - a.y);
      const ny = b.x - a.x;
      const bend = 0.12 * Math.sin(Math.PI * t);
      return { x: a.x + t * (b.x - a.x) + bend * nx, y: a.y + t * (b.y - a.y) + bend * ny };
    }
    const anchor = before >= 0 ? before : after;
    if (anchor < 0) return { x: 0, y: 0 };
    const a = at(anchor);
    const steps = Math.abs(i - anchor);
    return { x: a.x + 12 * steps, y: a.y - 12 * steps };
  }

  private nodeStyle(node: string, data: NodeAttributes): Partial<NodeDisplayData> & { labelColor?: string; badgeColor?: string } {
    const style: Partial<NodeDisplayData> & { labelColor?: string; badgeColor?: string } = { ...data };
    if (this.path) {
      if (this.path.nodes.has(node)) {
        style.forceLabel = true;
        style.zIndex = 2;
        style.size = data.size + 2;
      } else {
        dim(style);
      }
    } else if (this.selected) {
      if (node === this.selected || this.graph.areNeighbors(node, this.selected)) {
        style.forceLabel = true;
        style.zIndex = 1;
      } else {
        dim(style);
      }
    }
    if (node === this.selected || node === this.hovered) {
      style.highlighted = true;
      style.zIndex = 3;
    }
    return style;
  }

  private edgeStyle(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const style: Partial<EdgeDisplayData> = { ...data };
    if (this.path) {
      if (this.path.edges.has(edge)) {
        style.color = PATH_COLOR;
        style.size = Math.max(3, data.size);
        style.zIndex = 2;
      } else {
        style.color = DIMMED;
        style.zIndex = 0;
      }
    } else if (this.selected) {
      if (this.graph.hasExtremity(edge, this.selected)) {
        const other = this.graph.opposite(this.selected, edge);
        const actor = this.graph.getNodeAttribute(this.selected, 'kind') === 'Actor' ? this.selected : other;
        style.color = this.graph.getNodeAttribute(actor, 'color');
        style.zIndex = 1;
      } else {
        style.color = DIMMED;
        style.zIndex = 0;
      }
    }
    return style;
  }
}

function dim(style: Partial<NodeDisplayData> & { labelColor?: string; badgeColor?: string }): void {
  style.color = DIMMED;
  style.label = null;
  style.badgeColor = DIMMED_LABEL;
  style.zIndex = 0;
}

/** The nearest index from i in `step` direction whose flag is set, or -1. */
function lastIndex(flags: boolean[], i: number, step: -1 | 1): number {
  for (let j = i + step; j >= 0 && j < flags.length; j += step) if (flags[j]) return j;
  return -1;
}
