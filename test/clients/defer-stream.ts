// @defer and @stream over HTTP, through @graphql-tools/executor-http (a multipart/mixed client), against
// the running server on a given store: the actor comes in the first part, its quotes in a later one,
// and the parts add up to the answer the same query gives without the directives.
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { startServer, type RunningServer } from './server.ts';

const DEFERRED = `query ActorThenQuotes($key: String!) {
  actor(key: $key) {
    name
    category
    ... @defer(label: "quotes") { mentions(first: 5) { totalCount nodes { id text } } }
  }
}`;

const STREAMED = `query ObjectivesStreamed { objectives @stream(initialCount: 2) { number shortTitle } }`;

/** Every result the executor yields: with multipart it yields once per part, each the answer so far. */
async function partsOf(url: string, query: string, variables: Record<string, unknown> = {}): Promise<ExecutionResult[]> {
  const execute = buildHTTPExecutor({ endpoint: url });
  const result = await execute({ document: parse(query), variables });
  if (!(Symbol.asyncIterator in (result as object))) return [result as ExecutionResult];
  const parts: ExecutionResult[] = [];
  for await (const part of result as AsyncIterable<ExecutionResult>) parts.push(structuredClone(part));
  return parts;
}

export function deferStreamSuite(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`@defer and @stream over HTTP on the ${storeName} store`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({}, await openStore());
    });
    afterAll(() => server.close());

    it('sends an actor first and its quotes in a later part (multipart/mixed)', async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
        body: JSON.stringify({ query: DEFERRED, variables: { key: 'gfmd' } }),
      });
      expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed/);
      await response.body?.cancel();

      const parts = await partsOf(server.url, DEFERRED, { key: 'gfmd' });
      expect(parts.length).toBeGreaterThanOrEqual(2);
      const first = parts[0]!.data as any;
      expect(first.actor).toEqual({ name: 'Global Forum on Migration and Development', category: 'ISCM' });
      const whole = (await partsOf(server.url, DEFERRED.replace(' @defer(label: "quotes")', ''), { key: 'gfmd' }))[0]!;
      expect(parts.at(-1)!.data).toEqual(whole.data);
      expect((whole.data as any).actor.mentions.nodes.length).toBeGreaterThan(0);
      expect(parts.every((part) => !part.errors)).toBe(true);
    });

    it('streams a list: the first items at once, the rest after, in order', async () => {
      const parts = await partsOf(server.url, STREAMED);
      expect(parts.length).toBeGreaterThan(1);
      expect((parts[0]!.data as any).objectives.length).toBeLessThan(23);
      expect((parts.at(-1)!.data as any).objectives.map((objective: any) => objective.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    });

    it('answers in one part to a client that reads only JSON, and keeps the limits', async () => {
      const json = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: DEFERRED, variables: { key: 'gfmd' } }) });
      expect(json.headers.get('content-type') ?? '').not.toMatch(/multipart/);
      const deep = await partsOf(server.url, `{ actor(key: "iom") { ... @defer { ${'objectives(first: 1) { nodes { actors(first: 1) { nodes { '.repeat(4)}key${' } } } }'.repeat(4)} } } }`);
      expect(deep[0]!.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    });
  });
}
