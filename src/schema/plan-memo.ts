// Plans remembered across requests. Yoga reuses the parsed document of a repeated operation, so its
// nodes are the same objects each time: what a pure function of a node of it, the variables and the
// settings (or the schema) gave once, it gives again. Each node keeps a few variants (variables); a
// request whose variables are too long to key by simply computes its plan.

import { BREAK, visit, type FieldNode } from 'graphql';

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

/** The variables last keyed: the calls of one request follow one another, so one entry spares nearly every JSON.stringify without a map of every request's variables. */
let lastVariables: object | undefined;
let lastVariant = '';

/** The variables as a memo's variant: equal variables, equal text. */
export function variablesVariant(variables: Record<string, unknown> | null | undefined): string {
  if (!variables) return '';
  if (variables !== lastVariables) {
    lastVariant = JSON.stringify(variables);
    lastVariables = variables;
  }
  return lastVariant;
}

const readsVariablesOf = new WeakMap<FieldNode, boolean>();

/** Whether what a field selects can depend on the variables: it names one, or spreads a fragment (which may). */
function readsVariables(field: FieldNode): boolean {
  let reads = readsVariablesOf.get(field);
  if (reads === undefined) {
    let found = false;
    const foundOne = () => {
      found = true;
      return BREAK;
    };
    visit(field, { Variable: foundOne, FragmentSpread: foundOne });
    readsVariablesOf.set(field, (reads = found));
  }
  return reads;
}

/** The variables as the variant of a plan for these field nodes: none when their selection reads no variable. */
export function selectionVariant(fields: readonly FieldNode[], variables: Record<string, unknown> | null | undefined): string {
  return fields.some(readsVariables) ? variablesVariant(variables) : '';
}
