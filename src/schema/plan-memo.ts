// Plans remembered across requests. Yoga reuses the parsed document of a repeated operation, so its
// nodes are the same objects each time: what a pure function of a node of it, the variables and the
// settings (or the schema) gave once, it gives again. Each node keeps a few variants (variables); a
// request whose variables are too long to key by simply computes its plan.

const MAX_VARIANTS_PER_NODE = 64;
const MAX_VARIANT_LENGTH = 4_096;

export class PlanMemo<T> {
  private readonly byScope = new WeakMap<object, WeakMap<object, Map<string, T>>>();

  /** compute()'s value for this scope (the settings or schema it depends on), node and variant, from memory when it was computed before. */
  get(scope: object, node: object, variant: string, compute: () => T): T {
    if (variant.length > MAX_VARIANT_LENGTH) return compute();
    let byNode = this.byScope.get(scope);
    if (!byNode) this.byScope.set(scope, (byNode = new WeakMap()));
    let variants = byNode.get(node);
    if (!variants) byNode.set(node, (variants = new Map()));
    if (variants.has(variant)) return variants.get(variant) as T;
    const value = compute();
    if (variants.size >= MAX_VARIANTS_PER_NODE) variants.clear();
    variants.set(variant, value);
    return value;
  }
}

const variantOfVariables = new WeakMap<object, string>();

/** The variables as a memo's variant: equal variables, equal text (written once per request's variables object). */
export function variablesVariant(variables: Record<string, unknown> | null | undefined): string {
  if (!variables) return '';
  let variant = variantOfVariables.get(variables);
  if (variant === undefined) variantOfVariables.set(variables, (variant = JSON.stringify(variables)));
  return variant;
}
