// The research worker: a thread of its own that holds a copy of the embedded store's graph and runs its
// research calls (src/store/research.ts), one at a time, in the order they come. A path search of
// thousands of candidates then never holds the event loop that answers everyone else's requests.
// Started by src/store/research-thread.ts; `npm run build` makes it dist/research-worker.js.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { GraphData } from '../graph/model.ts';
import { MemoryGraph } from './memory-graph.ts';
import { ResearchStopped, runResearch, type ResearchAnswer, type ResearchFailure, type ResearchMessage } from './research.ts';

/**
 * The worker's nice value: research yields the CPU to the thread that answers requests when both want it.
 * On Linux a thread has its own nice value, and setpriority(0) sets the calling thread's alone; elsewhere
 * it would set the whole process's, so the worker keeps the process's there.
 */
const RESEARCH_NICE = 10;

const port = parentPort;
if (!port) throw new Error('research-worker.ts runs as a worker thread (src/store/research-thread.ts starts it)');

if (process.platform === 'linux') {
  try {
    setPriority(RESEARCH_NICE);
  } catch {
    // A platform that refuses: research then shares the CPU evenly, as the request thread's own work does.
  }
}

const graph = new MemoryGraph(workerData as GraphData);

port.on('message', ({ id, request, deadline }: ResearchMessage) => {
  let answer: ResearchAnswer;
  try {
    answer = { id, result: runResearch(graph, request, deadline) };
  } catch (error) {
    answer = { id, failure: failureOf(error) };
  }
  port.postMessage(answer);
});

port.postMessage({ ready: true } satisfies ResearchAnswer);

function failureOf(error: unknown): ResearchFailure {
  if (error instanceof ResearchStopped) return error.failure;
  return { reason: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
