// Charts of the benchmarks' results as SVG, drawn with Vega-Lite and rendered headless by Vega (no browser):
//   bench/results/latest.svg  req/s per query and system, from bench/results/latest.json (npm run bench)
//   bench/results/load.svg    latency p50 / p90 / p99 per store and concurrency, from bench/results/load.json (npm run bench:load)
// Both benchmarks write their JSON and chart; `npm run bench:charts` redraws the charts from the JSON already there.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export const RESULTS_DIR = fileURLToPath(new URL('results/', import.meta.url));
export const THROUGHPUT_FILES = { json: `${RESULTS_DIR}latest.json`, svg: `${RESULTS_DIR}latest.svg` };
export const LATENCY_FILES = { json: `${RESULTS_DIR}load.json`, svg: `${RESULTS_DIR}load.svg` };

/** What the throughput chart reads of bench/results/latest.json. */
export interface ThroughputResults {
  /** Lines under the title: where and how it was measured. */
  about: string[];
  /** The systems in legend order, each with the label the chart shows. */
  systems: { name: string; label: string }[];
  /** One per query and system; a query a system cannot express has no reqPerSec. */
  throughput: { query: string; system: string; reqPerSec?: number }[];
}

/** What the latency chart reads of bench/results/load.json. */
export interface LatencyResults {
  about: string[];
  runs: { store: string; connections: number; p50: number; p90: number; p99: number }[];
}

const FONT = { font: 'Helvetica, Arial, sans-serif', labelFont: 'Helvetica, Arial, sans-serif', titleFont: 'Helvetica, Arial, sans-serif' };

async function svgOf(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return `${svg}\n`;
}

const LOG_AXIS_START = 10;

/** Horizontal bars, one group per query, one bar per system, on a log scale (the systems span two orders of magnitude). */
export function throughputChart(results: ThroughputResults): Promise<string> {
  const labelOf = new Map(results.systems.map((system) => [system.name, system.label]));
  const queries = [...new Set(results.throughput.map((cell) => cell.query))];
  const values = results.throughput
    .filter((cell) => cell.reqPerSec !== undefined && labelOf.has(cell.system))
    .map((cell) => ({ query: cell.query, system: labelOf.get(cell.system)!, reqPerSec: Math.round(cell.reqPerSec!) }));
  const legend = results.systems.map((system) => system.label);
  return svgOf({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Requests per second, per query and system (higher is better)', subtitle: [...results.about, 'No bar: the query cannot be written for that system without hand-written Cypher.'], anchor: 'start' },
    config: { ...FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 }, legend: { labelFontSize: 11 } },
    width: 560,
    data: { values },
    encoding: {
      y: { field: 'query', type: 'nominal', sort: queries, title: null, axis: { labelFontWeight: 'bold', labelFontSize: 12 } },
      yOffset: { field: 'system', type: 'nominal', sort: legend },
      x: { field: 'reqPerSec', type: 'quantitative', scale: { type: 'log', domainMin: LOG_AXIS_START }, title: 'req/s (log scale)' },
    },
    height: { step: 12, for: 'offset' },
    layer: [
      {
        mark: { type: 'bar', height: { band: 1 } },
        encoding: {
          // A log scale has no zero: bars start at the axis.
          x2: { datum: LOG_AXIS_START },
          color: { field: 'system', type: 'nominal', sort: legend, title: null, legend: { orient: 'bottom', direction: 'vertical', labelLimit: 0 }, scale: { scheme: 'tableau10' } },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 9, color: '#333' }, encoding: { text: { field: 'reqPerSec', type: 'quantitative', format: ',d' } } },
    ],
  });
}

/** Grouped bars: per store, per number of connections, p50 / p90 / p99 side by side. */
export function latencyChart(results: LatencyResults): Promise<string> {
  const values = results.runs.flatMap((run) =>
    (['p50', 'p90', 'p99'] as const).map((percentile) => ({ store: run.store, connections: run.connections, percentile, ms: run[percentile] })),
  );
  return svgOf({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Latency under load: p50, p90, p99 per number of connections (lower is better)', subtitle: results.about, anchor: 'start' },
    config: { ...FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } },
    data: { values },
    facet: { column: { field: 'store', type: 'nominal', title: null, header: { labelExpr: "datum.value === 'memory' ? 'embedded store' : 'Neo4j'", labelFontSize: 13, labelFontWeight: 'bold' } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 260,
      height: 220,
      encoding: {
        x: { field: 'connections', type: 'ordinal', title: 'concurrent connections', axis: { labelAngle: 0 } },
        xOffset: { field: 'percentile', type: 'nominal', sort: ['p50', 'p90', 'p99'] },
        y: { field: 'ms', type: 'quantitative', title: 'ms' },
      },
      layer: [
        { mark: 'bar', encoding: { color: { field: 'percentile', type: 'nominal', sort: ['p50', 'p90', 'p99'], title: null, scale: { range: ['#9ecae1', '#4292c6', '#08519c'] } } } },
        { mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 9, color: '#333' }, encoding: { text: { field: 'ms', type: 'quantitative' } } },
      ],
    },
  });
}

/** Writes a benchmark's results as JSON and draws its chart beside it. */
export async function writeResults<T>(files: { json: string; svg: string }, results: T, chart: (results: T) => Promise<string>): Promise<void> {
  writeFileSync(files.json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(files.svg, await chart(results));
}

async function redraw(): Promise<void> {
  const charts = [
    [THROUGHPUT_FILES, throughputChart],
    [LATENCY_FILES, latencyChart],
  ] as const;
  for (const [files, chart] of charts) {
    if (!existsSync(files.json)) {
      console.log(`bench:charts: no ${files.json} (run the benchmark first)`);
      continue;
    }
    writeFileSync(files.svg, await (chart as (results: unknown) => Promise<string>)(JSON.parse(readFileSync(files.json, 'utf8'))));
    console.log(`bench:charts: wrote ${files.svg}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await redraw();
