// Run with --expose-gc: the heap the embedded store holds for the graph at factor argv[2], as the heap
// used after a full GC with the store built, minus the same before it. Prints one JSON line.
import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { scaleGraph } from './scale.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const factor = Number(process.argv[2] ?? 1);
const seed = loadSeedGraph().graph;
gc();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
// Built in a function, so that only the store (not the scaled GraphData) stays reachable.
const build = () => new MemoryGraphStore(scaleGraph(seed, factor));
const store = build();
const buildMs = performance.now() - started;
gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ factor, heapBytes: after - before, buildMs: Math.round(buildMs), name: store.name }));
