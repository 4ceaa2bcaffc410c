// Plans remembered across requests. Yoga reuses the parsed document of a repeated operation, so its
// nodes are the same objects each time: what a pure function of a node of it, the variables and the
// settings gave once, it gives again. Each node keeps a few variants (variables); a request whose
// variables are too long to key by simply computes its plan.
import type { Config } from '../config.ts';

const MAX_VARIANTS_PER_NODE = 64;
const MAX_VARIANT_LENGTH = 4_096;

export class PlanMemo<T> {
  private readonly byConfig = new WeakMap<Config, WeakMap<object, Map<string, T>>>();

  /** compute()'s value for this node, settings and variant, from memory when it was computed before. */
  get(config: Config, node: object, variant: string, compute: () => T): T {
    if (variant.length > MAX_VARIANT_LENGTH) return compute();
    let byNode = this.byConfig.get(config);
    if (!byNode) this.byConfig.set(config, (byNode = new WeakMap()));
    let variants = byNode.get(node);
    if (!variants) byNode.set(node, (variants = new Map()));
    if (variants.has(variant)) return variants.get(variant) as T;
    const value = compute();
    if (variants.size >= MAX_VARIANTS_PER_NODE) variants.clear();
    variants.set(variant, value);
    return value;
  }
}

/** The variables as a memo's variant: equal variables, equal text. */
export function variablesVariant(variables: Record<string, unknown> | null | undefined): string {
  return variables ? JSON.stringify(variables) : '';
}
