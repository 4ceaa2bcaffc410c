// Plans remembered across requests (src/schema/plan-memo.ts): a repeated operation is planned once, and
// never answered with the plan of other variables; a list brought along by its parent's call is
// answered without a promise.
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { offsetConnection } from '../src/schema/pagination.ts';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { PlanMemo, selectionVariant } from '../src/schema/plan-memo.ts';
import type { Page } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { executorFor } from './helpers.ts';

describe('PlanMemo', () => {
  it('computes once per scope, node and variant', () => {
    const memo = new PlanMemo<number>();
    const [scope, otherScope, node] = [{}, {}, {}];
    let computed = 0;
    const plan = (s: object, variant: string) => memo.get(s, node, variant, () => ++computed);
    expect(plan(scope, 'a')).toBe(1);
    expect(plan(scope, 'a')).toBe(1);
    expect(plan(scope, 'b')).toBe(2);
    expect(plan(otherScope, 'a')).toBe(3);
    expect(computed).toBe(3);
  });

  it('does not keep variants too long to key by', () => {
    const memo = new PlanMemo<number>();
    let computed = 0;
    const long = 'x'.repeat(10_000);
    memo.get({}, {}, long, () => ++computed);
    const [scope, node] = [{}, {}];
    memo.get(scope, node, long, () => ++computed);
    memo.get(scope, node, long, () => ++computed);
    expect(computed).toBe(3);
  });
});

describe('selectionVariant', () => {
  const fields = (document: string) =>
    ((parse(document).definitions[0] as OperationDefinitionNode).selectionSet.selections as FieldNode[]).map((field) => [field]);

  it('keys a plan by the variables only where its selection reads one or spreads a fragment', () => {
    const [withVariable, without, withFragment] = fields('query Q($n: Int) { a(first: $n) { b } c { d(first: 2) } e { ...F } } fragment F on E { f }');
    const variables = { n: 3 };
    expect(selectionVariant(withVariable!, variables)).toBe('{"n":3}');
    expect(selectionVariant(without!, variables)).toBe('');
    expect(selectionVariant(withFragment!, variables)).toBe('{"n":3}');
  });
});

describe('a repeated operation', () => {
  const { execute } = executorFor(new MemoryGraphStore(loadSeedGraph().graph));
  const document = `query Page($first: Int, $quotes: Int) {
    actors(first: $first) { edges { node { key objectives(first: $quotes) { totalCount edges { basis node { number } quotes(first: $quotes) { key } } } } } }
  }`;
  const literal = (first: number, quotes: number) =>
    document.replace('query Page($first: Int, $quotes: Int)', 'query Page').replaceAll('$first', String(first)).replaceAll('$quotes', String(quotes));

  // A plan made for other variables would still answer right, a level later: the round trips show it.
  it('answers each set of variables as the same operation written with literals, in as many store calls', async () => {
    const tripsOf = (response: { extensions?: unknown }) => (response.extensions as { stats: { storeRoundTrips: number } }).stats.storeRoundTrips;
    for (const [first, quotes] of [[2, 1], [3, 2], [2, 1], [1, 3]] as const) {
      const withVariables = await execute(document, { first, quotes });
      const withLiterals = await execute(literal(first, quotes));
      expect(withVariables.errors).toBeUndefined();
      expect(withVariables.data).toEqual(withLiterals.data);
      expect(tripsOf(withVariables)).toBe(tripsOf(withLiterals));
    }
  });
});

describe('offsetConnection', () => {
  const config = executorFor(new MemoryGraphStore(loadSeedGraph().graph)).config;
  const rows = ['a', 'b', 'c'];
  const page = ({ offset, limit }: Page) => ({ rows: rows.slice(offset, limit === null ? undefined : offset + limit), totalCount: rows.length });

  it('answers without a promise when the page is at hand, with one when it is loaded', async () => {
    const atHand = offsetConnection({ first: 2 }, config, page);
    expect(atHand).not.toBeInstanceOf(Promise);
    expect(atHand).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const loaded = offsetConnection({ first: 2 }, config, async (window) => page(window));
    expect(loaded).toBeInstanceOf(Promise);
    expect(await loaded).toEqual(atHand);
  });
});
