import { NODE_KINDS, type NodeKind, type NodeRef } from './model.ts';

/** Readable global ids: `Actor:trade-unions`, `Objective:6`, `Paragraph:22b`. */
export function toGlobalId(kind: NodeKind, key: string): string {
  return `${kind}:${key}`;
}

export function globalIdOf(ref: NodeRef): string {
  return toGlobalId(ref.kind, ref.key);
}

/**
 * The id of an object that wraps a node (`SubgraphNode:Actor:gfmd`): never the wrapped node's own id,
 * since normalising caches (Relay's above all) take one id for one object of one type.
 */
export function wrapperIdOf(wrapperType: string, ref: NodeRef): string {
  return `${wrapperType}:${globalIdOf(ref)}`;
}

/** Splits a global id into kind and key; null when it is not `Kind:key` with a known kind. */
export function parseGlobalId(id: string): NodeRef | null {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return null;
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!(NODE_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as NodeKind, key };
}
