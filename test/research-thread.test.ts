// The embedded store's research runs on a worker thread (src/store/research-thread.ts): every way a call
// can end there reaches the client as a coded error, never a crash, and a worker that died or hung is
// replaced by the next call.
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { storeFailureOf } from '../src/errors.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { ResearchThread } from '../src/store/research-thread.ts';
import { executorFor, onlyError } from './helpers.ts';

const { graph } = loadSeedGraph();
const privateSector = { kind: 'Actor', key: 'private-sector' } as const;
const localAuthorities = { kind: 'Actor', key: 'local-authorities' } as const;
const FAULTY_WORKER = new URL('./fixtures/faulty-research-worker.mjs', import.meta.url);

describe('the research worker of the embedded store', () => {
  const store = new MemoryGraphStore(graph);
  afterAll(() => store.close());

  it('answers with the nodes of the store itself, not copies', async () => {
    const [path] = (await store.paths(privateSector, localAuthorities, { shape: 'shortest', maxHops: 6, filter: {}, first: 1 }))!;
    const [fromNode] = (await store.nodesByKey('Actor', ['private-sector'])).nodes;
    expect(path!.nodes[0]).toBe(fromNode);
    expect(path!.relationships[0]).toEqual({ type: expect.any(String), from: expect.any(Object), to: expect.any(Object) });
  });

  it('stops a simple-path search past its candidates with LIMIT_EXCEEDED, and answers the next call', async () => {
    await expect(store.paths(privateSector, localAuthorities, { shape: 'simple', maxHops: 5, filter: {}, first: 100, maxCandidates: 50 })).rejects.toMatchObject({
      message: expect.stringContaining('more than 50 candidate paths'),
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
    expect(await store.paths(privateSector, localAuthorities, { shape: 'simple', maxHops: 2, filter: {}, first: 3, maxCandidates: 10_000 })).toHaveLength(3);
  });

  it('stops a call past its deadline with TIMEOUT', async () => {
    const hurried = new MemoryGraphStore(graph, { researchTimeoutMs: 0 });
    try {
      const stopped = hurried.paths(privateSector, localAuthorities, { shape: 'simple', maxHops: 5, filter: {}, first: 100, maxCandidates: 10_000 });
      await expect(stopped).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
      expect(storeFailureOf(await stopped.catch((error: unknown) => error))?.cause).toBe('research deadline');
    } finally {
      await hurried.close();
    }
  });

  it('gives the client TIMEOUT, never a crash, through the API', async () => {
    const hurried = new MemoryGraphStore(graph, { researchTimeoutMs: 0 });
    try {
      const { execute } = executorFor(hurried);
      const error = onlyError(await execute('{ paths(from: "Actor:private-sector", to: "Actor:local-authorities", maxHops: 3, first: 5) { length } }'));
      expect(error.extensions?.code).toBe('TIMEOUT');
    } finally {
      await hurried.close();
    }
  });

  it('refuses calls once closed, with DATABASE_UNAVAILABLE', async () => {
    const closed = new MemoryGraphStore(graph);
    await closed.startResearch();
    await closed.close();
    await expect(closed.coMentions('iom', 3)).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
  });
});

describe('a research worker that fails', () => {
  const thread = new ResearchThread(graph, 200, FAULTY_WORKER);
  afterAll(() => thread.close());

  it('gives DATABASE_UNAVAILABLE when the worker exits, and the next call starts another', async () => {
    const died = thread.call('paths', privateSector, localAuthorities, { shape: 'shortest', maxHops: 6, filter: {}, first: 1 });
    await expect(died).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(storeFailureOf(await died.catch((error: unknown) => error))).toEqual({ cause: 'research worker stopped', detail: 'exit code 3' });
    expect(await thread.call('coMentions', 'iom', 3)).toEqual([]);
  });

  it('gives DATABASE_UNAVAILABLE when the worker throws, naming the error in the log detail', async () => {
    const broke = thread.call('neighbourhood', privateSector, 1, 10, {});
    await expect(broke).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(storeFailureOf(await broke.catch((error: unknown) => error))?.detail).toContain('the research worker broke');
    expect(await thread.call('coMentions', 'iom', 3)).toEqual([]);
  });

  it('gives TIMEOUT when the worker never answers, and replaces it', async () => {
    const hung = thread.call('actorNetwork', 1, null);
    await expect(hung).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(storeFailureOf(await hung.catch((error: unknown) => error))?.cause).toBe('no response');
    expect(await thread.call('coMentions', 'iom', 3)).toEqual([]);
  });

  it('says why when the worker cannot start', async () => {
    const missing = new ResearchThread(graph, 200, new URL('./fixtures/no-such-worker.mjs', import.meta.url));
    const failed = missing.start();
    await expect(failed).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(storeFailureOf(await failed.catch((error: unknown) => error))?.cause).toBe('research worker failed to start');
    await missing.close();
  });
});

describe('the handover of research answers to the request thread', () => {
  /** What each answer sets off on the request thread, in ms: long enough that the spacing shows above timer noise. */
  const WORK_MS = 50;
  const shortest = { shape: 'shortest', maxHops: 6, filter: {}, first: 1 } as const;

  /** Three research calls at once, each answer doing WORK_MS of synchronous work; the times between the starts of that work. */
  async function gapsBetweenAnswers(thread: ResearchThread): Promise<number[]> {
    const starts: number[] = [];
    await Promise.all(
      [1, 2, 3].map(() =>
        thread.call('paths', privateSector, localAuthorities, shortest).then(() => {
          const started = performance.now();
          starts.push(started);
          while (performance.now() - started < WORK_MS);
        }),
      ),
    );
    return starts.slice(1).map((start, index) => start - starts[index]!);
  }

  it('hands answers over back to back while no other read runs', async () => {
    const thread = new ResearchThread(graph, 10_000);
    try {
      await thread.start();
      const gaps = await gapsBetweenAnswers(thread);
      // With the pause, each gap would be the work and as long again.
      for (const gap of gaps) expect(gap).toBeLessThan(WORK_MS * 1.8);
    } finally {
      await thread.close();
    }
  });

  it('leaves the thread to other reads for as long as each answer took, while they run', async () => {
    const thread = new ResearchThread(graph, 10_000);
    try {
      await thread.start();
      thread.otherReadRan();
      const gaps = await gapsBetweenAnswers(thread);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(WORK_MS * 2 - 2);
    } finally {
      await thread.close();
    }
  });

  it('is told of other reads by the store', async () => {
    const store = new MemoryGraphStore(graph);
    const seen: string[] = [];
    const research = (store as unknown as { research: ResearchThread }).research;
    research.otherReadRan = () => void seen.push('read');
    try {
      await store.nodesByKey('Actor', ['iom']);
      await store.search(['migrants'], 1);
      expect(seen).toEqual(['read', 'read']);
      await store.coMentions('iom', 3);
      expect(seen).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
