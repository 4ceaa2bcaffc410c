import { describe, expect, it } from 'vitest';
import { scaleGraph } from '../bench/scale.ts';
import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { batchingSuite, FLAGSHIP_QUERY } from './contract/batching.ts';
import { executorFor } from './helpers.ts';

describe('memory store', () => {
  batchingSuite(async () => new MemoryGraphStore(loadSeedGraph().graph));
});

// Ten times the graph (bench/scale.ts): lists long enough that a page of 100 actors is a full page,
// so "one call per level whatever the list size" is tested on sizes the real graph does not reach.
describe('memory store, synthetic graph at factor 10', () => {
  batchingSuite(async () => new MemoryGraphStore(scaleGraph(loadSeedGraph().graph, 10)));
});

describe('GRAPH_STATS_HEADER', () => {
  const store = new MemoryGraphStore(loadSeedGraph().graph);
  const post = (env: Record<string, string>, headers: Record<string, string>) =>
    executorFor(store, { GRAPH_STATS: '0', ...env })
      .fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: FLAGSHIP_QUERY, variables: { first: 2 } }),
      })
      .then((response) => response.json() as Promise<{ extensions?: { stats?: unknown } }>);

  it('adds extensions.stats only to requests that ask with x-graph-stats: 1', async () => {
    const asked = await post({ GRAPH_STATS_HEADER: '1' }, { 'x-graph-stats': '1' });
    expect(asked.extensions?.stats).toMatchObject({ storeRoundTrips: expect.any(Number), storeMs: expect.any(Number), totalMs: expect.any(Number) });
    expect((await post({ GRAPH_STATS_HEADER: '1' }, {})).extensions?.stats).toBeUndefined();
  });

  it('ignores the header when the flag is off (the default)', async () => {
    expect((await post({}, { 'x-graph-stats': '1' })).extensions?.stats).toBeUndefined();
  });
});
