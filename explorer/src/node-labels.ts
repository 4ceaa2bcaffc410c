// Node labels for sigma, placed so they stay readable: each label goes on the side of its node
// away from the middle of the picture (so long names neither run off the edge nor cross the
// centre), or on the other side, below or above when that one is taken; a label that fits nowhere is
// left out (it shows on hover, on zoom, or when its node is selected). A white halo keeps
// labels legible over edges. Objectives carry their number inside the disc instead.
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { badge?: string; badgeColor?: string };
type LabelSettings = Pick<Settings, 'labelFont' | 'labelSize' | 'labelWeight' | 'labelColor'>;
type Side = 'left' | 'right' | 'above' | 'below';

const GAP = 4;
const PADDING = 4;

export interface LabelCandidate {
  label: string | null;
  /** Viewport position and rendered radius, in CSS pixels. */
  x: number;
  y: number;
  size: number;
  /** Drawn whatever it covers (the selection and its neighbours, a path). */
  forced: boolean;
  /** Carries its text inside the disc: takes no room beside it. */
  badge: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The side of each label to draw in this frame; a label not in it is left out. */
let plan: Map<string, Side> | null = null;
let planner: (() => LabelCandidate[]) | null = null;
let stale = true;
let viewportWidth = 0;
let measure: CanvasRenderingContext2D | null = null;

/** Gives the candidates of the current frame; called once per frame, after sigma has placed the nodes. */
export function setLabelPlanner(candidates: () => LabelCandidate[]): void {
  planner = candidates;
}

/** Call before each render: positions may have moved. */
export function invalidateLabels(width: number): void {
  stale = true;
  viewportWidth = width;
}

function preferredSide(x: number): Side {
  return x > viewportWidth * 0.6 ? 'left' : 'right';
}

/** Where the text starts (left end of its baseline) for a label on `side` of a node at x, y. */
function origin(x: number, y: number, size: number, width: number, side: Side, fontSize: number): { x: number; y: number } {
  switch (side) {
    case 'left':
      return { x: x - size - GAP - width, y: y + fontSize / 3 };
    case 'right':
      return { x: x + size + GAP, y: y + fontSize / 3 };
    case 'above':
      return { x: x - width / 2, y: y - size - GAP };
    case 'below':
      return { x: x - width / 2, y: y + size + GAP + fontSize * 0.8 };
  }
}

function labelBox(x: number, y: number, size: number, width: number, side: Side, fontSize: number): Box {
  const at = origin(x, y, size, width, side, fontSize);
  return { left: at.x - 2, top: at.y - fontSize * 0.8, right: at.x + width + 2, bottom: at.y + fontSize * 0.25 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Forced labels first, then bigger nodes first; each takes the first free side, or is left out. */
function makePlan(candidates: LabelCandidate[], settings: LabelSettings): Map<string, Side> {
  measure ??= document.createElement('canvas').getContext('2d');
  const result = new Map<string, Side>();
  if (!measure) return result;
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const discs = candidates.map((c) => ({ left: c.x - c.size, top: c.y - c.size, right: c.x + c.size, bottom: c.y + c.size }));
  const placed: Box[] = [];
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => Number(candidates[b]!.forced) - Number(candidates[a]!.forced) || candidates[b]!.size - candidates[a]!.size);
  for (const i of order) {
    const c = candidates[i]!;
    if (!c.label || c.badge) continue;
    const width = measure.measureText(c.label).width;
    const preferred = preferredSide(c.x);
    const sides: Side[] = [preferred, preferred === 'left' ? 'right' : 'left', 'below', 'above'];
    const free = sides.find((side) => {
      const box = labelBox(c.x, c.y, c.size, width, side, settings.labelSize);
      return box.left >= 0 && box.right <= viewportWidth && !placed.some((other) => overlaps(box, other)) && !discs.some((disc, j) => j !== i && overlaps(box, disc));
    });
    const side = free ?? (c.forced ? preferred : null);
    if (!side) continue;
    placed.push(labelBox(c.x, c.y, c.size, width, side, settings.labelSize));
    result.set(c.label, side);
  }
  return result;
}

function currentPlan(settings: LabelSettings): Map<string, Side> | null {
  if (stale && planner) {
    stale = false;
    plan = makePlan(planner(), settings);
  }
  return plan;
}

function textOrigin(context: CanvasRenderingContext2D, data: LabelData, side: Side, settings: LabelSettings) {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = context.measureText(data.label ?? '').width;
  return { width, ...origin(data.x, data.y, data.size, width, side, settings.labelSize) };
}

export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void {
  if (data.badge) {
    drawBadge(context, data, data.badge, settings);
    return;
  }
  if (!data.label) return;
  const side = currentPlan(settings)?.get(data.label) ?? (data.forceLabel || !plan ? preferredSide(data.x) : null);
  if (!side) return;
  const { x, y } = textOrigin(context, data, side, settings);
  const attribute = settings.labelColor.attribute;
  const color = (attribute && ((data as Record<string, unknown>)[attribute] as string | undefined)) || settings.labelColor.color || '#000';
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeText(data.label, x, y);
  context.fillStyle = color;
  context.fillText(data.label, x, y);
}

/** A short text (an objective's number) inside its node instead of a label beside it. */
function drawBadge(context: CanvasRenderingContext2D, data: LabelData, badge: string, settings: LabelSettings): void {
  const size = Math.max(9, Math.min(13, data.size * 1.05));
  context.font = `700 ${size}px ${settings.labelFont}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillStyle = data.badgeColor ?? '#fff';
  context.fillText(badge, data.x, data.y + 0.5);
  context.textAlign = 'start';
  context.textBaseline = 'alphabetic';
}

/** The hovered node: a white pill with a shadow around the node and its full label. */
export function drawHover<N extends Attributes, E extends Attributes, G extends Attributes>(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void {
  const planned = data.label ? plan?.get(data.label) : undefined;
  const side = planned === 'left' || planned === 'right' ? planned : preferredSide(data.x);
  const { width, x, y } = textOrigin(context, data, side, settings);
  const height = Math.max(settings.labelSize, 2 * data.size) + 2 * PADDING;
  const textSpan = data.label ? GAP + width : 0;
  const left = side === 'left' ? data.x - data.size - textSpan - PADDING : data.x - data.size - PADDING;
  context.save();
  context.fillStyle = '#fff';
  context.shadowColor = 'rgba(15, 23, 42, 0.35)';
  context.shadowBlur = 10;
  context.beginPath();
  context.roundRect(left, data.y - height / 2, 2 * data.size + textSpan + 2 * PADDING, height, height / 2);
  context.fill();
  context.restore();
  if (!data.label) return;
  context.fillStyle = '#111';
  context.fillText(data.label, x, y);
}
