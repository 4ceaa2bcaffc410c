import { beforeAll, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { executorFor, type Execute } from '../helpers.ts';

/** actors → objectives (with edge paragraphs) → quotes → paragraph: five nesting levels below the root list. */
export const FLAGSHIP_QUERY = `query Flagship($first: Int) {
  actors(first: $first) {
    edges {
      node {
        key
        objectives {
          edges {
            basis
            paragraphs { ref }
            node { number title }
            quotes { text paragraph { ref section } }
          }
        }
      }
    }
  }
}`;

/** The nesting levels of the flagship query: actors, objectives, edge paragraphs and quotes, the quotes' paragraph. */
const FLAGSHIP_LEVELS = 4;

export function batchingSuite(openStore: () => Promise<GraphStore>) {
  let execute: Execute;
  beforeAll(async () => {
    execute = executorFor(await openStore()).execute;
  });

  it('makes at most one store call per nesting level, whatever the list size', async () => {
    const trips: number[] = [];
    for (const first of [1, 5, 100]) {
      const response = await execute(FLAGSHIP_QUERY, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data.actors.edges.length).toBeGreaterThan(0);
      trips.push(response.extensions!.stats.storeRoundTrips);
    }
    expect(Math.max(...trips)).toBeLessThanOrEqual(FLAGSHIP_LEVELS);
    expect(trips[2]).toBe(trips[1]);
  });

  it('batches nested connections of many parents into one call', async () => {
    const response = await execute(`{ actors(first: 100) { nodes { mentions(first: 3) { totalCount nodes { key } } paragraphs(first: 2) { nodes { ref } } } } }`);
    expect(response.errors).toBeUndefined();
    // One call for the actors, one for all their mentions, one for all their paragraphs.
    expect(response.extensions!.stats.storeRoundTrips).toBe(3);
  });
}
