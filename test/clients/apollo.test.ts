// Apollo Client as a front-end uses it: an HTTP link to the running server and a normalised cache that
// merges pages of `actors` with relayStylePagination, paged to the end through fetchMore.
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../seed/extract.ts';
import { captureConsole } from './console.ts';
import { startServer, type RunningServer } from './server.ts';

const ACTORS = gql`
  query Actors($first: Int, $after: String) {
    actors(first: $first, after: $after) {
      totalCount
      edges { cursor node { id key name category } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface ActorsData {
  actors: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; key: string; name: string; category: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('Apollo Client', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('pages through every actor with relayStylePagination, one merged list in the cache, with no warning', async () => {
    const console = captureConsole();
    const client = new ApolloClient({
      link: new HttpLink({ uri: server.url }),
      cache: new InMemoryCache({ typePolicies: { Query: { fields: { actors: relayStylePagination(['category']) } } } }),
    });
    const query = client.watchQuery<ActorsData>({ query: ACTORS, variables: { first: 5 } });
    const subscription = query.subscribe(() => {});
    try {
      let page = (await client.query<ActorsData>({ query: ACTORS, variables: { first: 5 } })).data!;
      let pages = 1;
      while (page.actors.pageInfo.hasNextPage) {
        page = (await query.fetchMore({ variables: { after: page.actors.pageInfo.endCursor } })).data as ActorsData;
        pages++;
      }
      const merged = client.readQuery<ActorsData>({ query: ACTORS, variables: { first: 5 } })!;
      const expected = loadSeedGraph().graph.nodes.filter((node) => node.kind === 'Actor');
      expect(merged.actors.totalCount).toBe(expected.length);
      expect(pages).toBe(Math.ceil(expected.length / 5));
      expect(merged.actors.edges.map((edge) => edge.node.key).sort()).toEqual(expected.map((actor) => actor.key).sort());
      expect(new Set(merged.actors.edges.map((edge) => edge.node.id)).size).toBe(expected.length);
      expect(merged.actors.pageInfo.hasNextPage).toBe(false);
      // Normalised: each actor is one cache entry under its id.
      expect((client.cache.extract() as Record<string, unknown>)[`Actor:Actor:trade-unions`]).toMatchObject({ key: 'trade-unions', name: 'Trade unions' });
    } finally {
      subscription.unsubscribe();
      client.stop();
      console.restore();
    }
    expect(console.messages).toEqual([]);
  });
});
