import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { Lane, operationCost } from '../src/plugins/cost.ts';
import { LANE_PLACE_WORK } from '../src/schema/work.ts';
import { schema } from '../src/schema/index.ts';

const config = loadConfig({ LOG_LEVEL: 'silent' });
const costOf = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), undefined, variables, config)!;

describe('operation cost', () => {
  it('counts first as a variable as it counts the literal', () => {
    const literal = costOf('{ actors(first: 100) { nodes { mentions(first: 100) { nodes { text } } } } }');
    const variable = costOf('query ($n: Int) { actors(first: $n) { nodes { mentions(first: $n) { nodes { text } } } } }', { n: 100 });
    expect(variable).toEqual(literal);
    expect(literal.cost).toBeGreaterThan(config.MAX_COST);
  });

  it('adds up the research work fields declare, from their arguments, variables and defaults resolved', () => {
    const one = costOf('query ($f: Int) { paths(from: "Actor:iom", to: "Actor:gfmd", maxHops: 5, first: $f) { length } }', { f: 100 });
    expect(one.work).toBe(config.MAX_PATH_CANDIDATES + 100 * 6);
    const defaults = costOf('{ paths(from: "Actor:iom", to: "Actor:gfmd") { length } }');
    expect(defaults.work).toBe(config.MAX_PATH_CANDIDATES + config.DEFAULT_PAGE_SIZE * 5);
    const inFragment = costOf('{ ...Both } fragment Both on Query { a: paths(from: "Actor:iom", to: "Actor:gfmd") { length } b: paths(from: "Actor:iom", to: "Actor:gfmd") { length } }');
    expect(inFragment.work).toBe(2 * defaults.work);
    expect(costOf('{ neighbourhood(id: "Actor:iom", hops: 2) { nodes { id } } }').work).toBe(2 * config.MAX_NEIGHBOURHOOD_NODES);
    expect(costOf('{ actors(first: 5) { nodes { key } } }').work).toBe(0);
  });

  it('counts arguments over their caps at the cap: the resolver refuses them before any work', () => {
    expect(costOf('{ neighbourhood(id: "Actor:iom", hops: 99) { nodes { id } } }').work).toBe(config.MAX_NEIGHBOURHOOD_HOPS * config.MAX_NEIGHBOURHOOD_NODES);
  });
});

describe('research lane', () => {
  it('runs at most its capacity at once, in the order they came', async () => {
    const lane = new Lane(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (id: number) =>
      lane.run(async () => {
        started.push(id);
        most = Math.max(most, ++running);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        return id;
      });
    expect(await Promise.all([1, 2, 3, 4, 5].map(task))).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('runs small calls side by side and a long search alone, none overtaking one that waits', async () => {
    const lane = new Lane(1);
    const running = new Set<string>();
    const seenWith = new Map<string, string[]>();
    const gates = new Map<string, () => void>();
    const task = (id: string, work: number) =>
      lane.run(async () => {
        running.add(id);
        seenWith.set(id, [...running].sort());
        await new Promise<void>((release) => gates.set(id, release));
        running.delete(id);
        return id;
      }, work);
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    // Five two-hop neighbourhoods' worth fit one place together; the search after them waits, and the
    // neighbourhood after the search waits behind it although it would fit.
    const small = ['a', 'b', 'c', 'd', 'e'].map((id) => task(id, LANE_PLACE_WORK / 5));
    const search = task('search', LANE_PLACE_WORK + 600);
    const late = task('late', LANE_PLACE_WORK / 5);
    await settle();
    expect([...running].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const id of ['a', 'b', 'c', 'd']) gates.get(id)!();
    await settle();
    expect([...running]).toEqual(['e']);
    gates.get('e')!();
    await settle();
    expect([...running]).toEqual(['search']);
    gates.get('search')!();
    await settle();
    expect([...running]).toEqual(['late']);
    gates.get('late')!();
    expect(await Promise.all([...small, search, late])).toEqual(['a', 'b', 'c', 'd', 'e', 'search', 'late']);
    expect(seenWith.get('search')).toEqual(['search']);
  });

  it('frees its place when the work fails', async () => {
    const lane = new Lane(1);
    await expect(lane.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await lane.run(() => 'next')).toBe('next');
  });
});
