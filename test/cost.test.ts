import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { Lane, operationCost } from '../src/plugins/cost.ts';
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

  it('frees its place when the work fails', async () => {
    const lane = new Lane(1);
    await expect(lane.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await lane.run(() => 'next')).toBe('next');
  });
});
