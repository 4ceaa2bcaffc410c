// The request thread's side of the research worker (src/store/research-worker.ts): starts it with a copy
// of the graph, posts each research call with its deadline, and turns every way a call can end into its
// answer or a coded error. The worker starts on the first call (or start()), is started again by the next
// call after it died or hung, and holds the process open only while a call is in flight.
import { Worker } from 'node:worker_threads';
import { databaseUnavailableError, pathSearchLimitError, timeoutError } from '../errors.ts';
import type { GraphData } from '../graph/model.ts';
import type { ResearchAnswer, ResearchCalls, ResearchFailure, ResearchMessage, ResearchMethod, ResearchRequest } from './research.ts';

/** From source the worker is TypeScript, loaded through tsx (research-worker-tsx.mjs); in the build, dist/research-worker.js. */
const WORKER_SCRIPT = new URL(import.meta.url.endsWith('.ts') ? './research-worker-tsx.mjs' : './research-worker.js', import.meta.url);

/** How long past its deadline a call may go unanswered before the worker is taken for hung and replaced. */
const HUNG_MARGIN_MS = 2_000;
/** The most of the request thread's time that the work set off by research answers may take while other reads want it. */
const RESEARCH_SHARE = 0.5;
/** How recently a read other than research must have run for research answers to leave room for others. */
const OTHERS_RECENT_MS = 1_000;
/** How long a worker may take to load its code and the graph (from source, tsx compiles it first, slowly on a busy machine). */
const START_TIMEOUT_MS = 60_000;

interface Call {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
}

/** One worker and the calls posted to it. */
interface Running {
  worker: Worker;
  calls: Map<number, Call>;
  /** Makes the next call start another worker. */
  retire(): void;
}

export class ResearchThread {
  private current: Promise<Running> | null = null;
  private readonly handover = new Handover();
  private nextId = 0;
  private closed = false;

  /** `timeoutMs`: each call's deadline, from the moment it is posted; `script`: the worker (another only in tests). */
  constructor(
    private readonly data: GraphData,
    private readonly timeoutMs: number,
    private readonly script: URL = WORKER_SCRIPT,
  ) {}

  /** Starts the worker if it is not running; resolves once it holds the graph. */
  async start(): Promise<void> {
    await this.running();
  }

  async call<M extends ResearchMethod>(method: M, ...args: Parameters<ResearchCalls[M]>): Promise<ReturnType<ResearchCalls[M]>> {
    const running = await this.running();
    const id = ++this.nextId;
    const message: ResearchMessage = { id, request: { method, args } as ResearchRequest, deadline: Date.now() + this.timeoutMs };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.hung(running, id), this.timeoutMs + HUNG_MARGIN_MS);
      running.calls.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      running.worker.ref();
      running.worker.postMessage(message);
    });
  }

  /**
   * Says that a read other than research ran on the request thread (the store calls it on each). Research
   * answers are spaced out only while such reads come: with none, nobody waits for the thread.
   */
  otherReadRan(): void {
    this.handover.otherReadRan();
  }

  /** Stops the worker; calls in flight, and any made later, fail with DATABASE_UNAVAILABLE. */
  async close(): Promise<void> {
    this.closed = true;
    const current = this.current;
    this.current = null;
    const running = await current?.catch(() => null);
    await running?.worker.terminate();
  }

  private running(): Promise<Running> {
    if (this.closed) return Promise.reject(databaseUnavailableError({ cause: 'store closed' }));
    if (!this.current) {
      const retire = () => {
        if (this.current === started) this.current = null;
      };
      const started: Promise<Running> = this.spawn(retire);
      this.current = started;
      started.catch(retire);
    }
    return this.current;
  }

  /** Starts a worker; `retire` runs once it is gone, so that the next call starts another. */
  private spawn(retire: () => void): Promise<Running> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(this.script, { workerData: this.data });
      } catch (error) {
        return reject(databaseUnavailableError({ cause: 'research worker failed to start', detail: String(error) }));
      }
      const running: Running = { worker, calls: new Map(), retire };
      let ready = false;
      let crash: string | undefined;
      const startTimer = setTimeout(() => {
        crash = `not ready within ${START_TIMEOUT_MS} ms`;
        void worker.terminate();
      }, START_TIMEOUT_MS);
      worker.on('message', (answer: ResearchAnswer) => {
        if ('ready' in answer) {
          ready = true;
          clearTimeout(startTimer);
          if (running.calls.size === 0) worker.unref();
          resolve(running);
        } else this.settle(running, answer);
      });
      worker.on('error', (error) => {
        crash = error.stack ?? error.message;
      });
      worker.on('exit', (code) => {
        clearTimeout(startTimer);
        retire();
        const cause = this.closed ? 'store closed' : ready ? 'research worker stopped' : 'research worker failed to start';
        const detail = crash ?? `exit code ${code}`;
        if (!ready) reject(databaseUnavailableError({ cause, detail }));
        for (const call of running.calls.values()) {
          clearTimeout(call.timer);
          call.reject(databaseUnavailableError({ cause, detail }));
        }
        running.calls.clear();
      });
    });
  }

  private settle(running: Running, answer: Exclude<ResearchAnswer, { ready: true }>): void {
    const call = running.calls.get(answer.id);
    // An answer to a call already given up as hung.
    if (!call) return;
    clearTimeout(call.timer);
    running.calls.delete(answer.id);
    if (running.calls.size === 0) running.worker.unref();
    this.handover.deliver(() => ('result' in answer ? call.resolve(answer.result) : call.reject(errorOf(answer.failure))));
  }

  /** A call unanswered well past its deadline: it ends with TIMEOUT, and the worker, hung, is replaced. */
  private hung(running: Running, id: number): void {
    const call = running.calls.get(id);
    if (!call) return;
    running.calls.delete(id);
    call.reject(timeoutError({ cause: 'no response', detail: `the research worker did not answer within ${this.timeoutMs + HUNG_MARGIN_MS} ms` }));
    running.retire();
    void running.worker.terminate();
  }
}

/**
 * Hands research answers to the request thread one at a time, each in an event-loop turn of its own. While
 * other reads have run in the last OTHERS_RECENT_MS, it spaces the answers so that what they set off there
 * (turning ids into nodes, completing a page of paths, writing the response) takes at most RESEARCH_SHARE
 * of the thread: a client looping the heaviest searches slows down rather than everyone else. With no
 * other reads, the answers follow one another without a pause, since a pause would only leave the thread
 * idle. The work an answer sets off runs in the microtasks after its delivery, so an immediate queued
 * right behind the delivery's measures it, before any I/O of the next turn.
 */
class Handover {
  private readonly waiting: (() => void)[] = [];
  private delivering = false;
  private lastOtherRead = -Infinity;

  otherReadRan(): void {
    this.lastOtherRead = performance.now();
  }

  deliver(answer: () => void): void {
    this.waiting.push(answer);
    if (!this.delivering) this.next();
  }

  private next(): void {
    const answer = this.waiting.shift();
    this.delivering = answer !== undefined;
    if (!answer) return;
    let started = 0;
    setImmediate(() => {
      started = performance.now();
      answer();
    });
    setImmediate(() => {
      const now = performance.now();
      const pause = (now - started) * (1 / RESEARCH_SHARE - 1);
      const othersWant = now - this.lastOtherRead < OTHERS_RECENT_MS;
      if (othersWant && pause >= 1) setTimeout(() => this.next(), pause);
      else setImmediate(() => this.next());
    });
  }
}

/** The coded error of a call that stopped short. */
function errorOf(failure: ResearchFailure): Error {
  switch (failure.reason) {
    case 'candidates':
      return pathSearchLimitError(failure.maxCandidates);
    case 'deadline':
      return timeoutError({ cause: 'research deadline', detail: 'the research call ran past its deadline and was stopped' });
    case 'error':
      // Masked for the client (INTERNAL_SERVER_ERROR), logged in full.
      return new Error(`research worker: ${failure.message}`);
  }
}
