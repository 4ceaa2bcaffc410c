// The benchmarks' SVG charts (bench/charts.ts): what each draws from its results, and that the committed
// charts are the ones their committed results draw.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATENCY_FILES, latencyChart, THROUGHPUT_FILES, throughputChart, type LatencyResults, type ThroughputResults } from '../bench/charts.ts';

/** The texts of an SVG's <text> elements in order, one per line (a line of several is a <tspan>). */
const textsOf = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((match) =>
    match[1]!.split(/<tspan[^>]*>|<\/tspan>/).filter((line) => line.length > 0).map((line) => line.replaceAll('&amp;', '&')),
  );
/** The bars: Vega draws each as a path of the rect mark's group. */
const barsOf = (svg: string) => [...svg.matchAll(/<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)<\/g>/g)].flatMap((group) => group[1]!.match(/<path /g) ?? []);

describe('throughputChart', () => {
  const results: ThroughputResults = {
    about: ['a test run'],
    systems: [
      { name: 'ours', label: 'ours on Neo4j' },
      { name: 'peer', label: '@neo4j/graphql on Neo4j' },
      { name: 'floor', label: 'floor: hand-written Cypher' },
    ],
    throughput: [
      { query: 'flagship', system: 'ours', reqPerSec: 1234.4 },
      { query: 'flagship', system: 'peer', reqPerSec: 81 },
      { query: 'flagship', system: 'floor', reqPerSec: 3510 },
      { query: 'shortestPath', system: 'ours', reqPerSec: 777 },
      { query: 'shortestPath', system: 'peer' },
      { query: 'shortestPath', system: 'floor', reqPerSec: 999 },
    ],
  };

  it('draws a bar with its req/s for each measured query and system, none where a system cannot express the query', async () => {
    const svg = await throughputChart(results);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(barsOf(svg)).toHaveLength(5);
    const texts = textsOf(svg);
    for (const value of ['1,234', '81', '3,510', '777', '999']) expect(texts).toContain(value);
    for (const label of ['flagship', 'shortestPath', 'ours on Neo4j', '@neo4j/graphql on Neo4j', 'floor: hand-written Cypher', 'a test run']) expect(texts).toContain(label);
  });
});

describe('latencyChart', () => {
  const results: LatencyResults = {
    about: ['a test run'],
    runs: [
      { store: 'memory', connections: 16, p50: 11, p90: 23, p99: 66 },
      { store: 'memory', connections: 64, p50: 37, p90: 58, p99: 93 },
      { store: 'neo4j', connections: 16, p50: 61, p90: 97, p99: 145 },
    ],
  };

  it('draws p50, p90 and p99 for each store and number of connections', async () => {
    const svg = await latencyChart(results);
    expect(barsOf(svg)).toHaveLength(9);
    const texts = textsOf(svg);
    for (const value of ['11', '23', '66', '37', '58', '93', '61', '97', '145']) expect(texts).toContain(value);
    for (const label of ['embedded store', 'Neo4j', 'p50', 'p90', 'p99', '16', '64']) expect(texts).toContain(label);
  });
});

describe('the committed charts', () => {
  for (const [name, files, chart] of [
    ['npm run bench', THROUGHPUT_FILES, throughputChart],
    ['npm run bench:load', LATENCY_FILES, latencyChart],
  ] as const) {
    it(`${name}: ${files.svg.split('/').at(-1)} is what its results draw`, async () => {
      expect(existsSync(files.json), files.json).toBe(true);
      const drawn = await (chart as (results: unknown) => Promise<string>)(JSON.parse(readFileSync(files.json, 'utf8')));
      expect(readFileSync(files.svg, 'utf8')).toBe(drawn);
    });
  }
});
