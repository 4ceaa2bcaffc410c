// @urql/core with its defaults: queries go as GET (preferGetMethod "within-url-limit") with no extra
// header, errors come back with their codes, and a repeated query is answered by urql's document cache.
import { cacheExchange, Client, fetchExchange, gql } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureConsole } from './console.ts';
import { startServer, type RunningServer } from './server.ts';

describe('@urql/core', () => {
  let server: RunningServer;
  const sent: { method: string; status: number; etag: string | null }[] = [];
  /** The global fetch, noting what went over the wire; urql shapes the request as it would anyway. */
  const observedFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    sent.push({ method: init?.method ?? 'GET', status: response.status, etag: response.headers.get('etag') });
    return response;
  };
  const client = () => new Client({ url: server.url, exchanges: [cacheExchange, fetchExchange], fetch: observedFetch });

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('gets data with the default settings, over GET', async () => {
    const console = captureConsole();
    try {
      const result = await client()
        .query(gql`query TradeUnions($key: String!) { actor(key: $key) { id name objectives(first: 2) { totalCount nodes { number } } } }`, { key: 'trade-unions' })
        .toPromise();
      expect(result.error).toBeUndefined();
      expect(result.data.actor).toEqual({ __typename: 'Actor', id: 'Actor:trade-unions', name: 'Trade unions', objectives: { __typename: 'ActorObjectiveConnection', totalCount: 5, nodes: [{ __typename: 'Objective', number: 2 }, { __typename: 'Objective', number: 3 }] } });
    } finally {
      console.restore();
    }
    expect(console.messages).toEqual([]);
    expect(sent.at(-1)).toMatchObject({ method: 'GET', status: 200, etag: expect.stringMatching(/^".+"$/) });
  });

  it('gets the error code of a field error and of a refused operation', async () => {
    const urql = client();
    const field = await urql.query(gql`{ actors(first: -1) { totalCount } }`, {}).toPromise();
    expect(field.error?.graphQLErrors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const refused = await urql.query(gql`{ actors(first: 100) { nodes { mentions(first: 100) { nodes { text } } } } }`, {}).toPromise();
    expect(refused.error?.graphQLErrors[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    const unknownArgument = await urql.query(gql`{ actor(key: "iom", where: "1=1") { name } }`, {}).toPromise();
    expect(unknownArgument.error?.graphQLErrors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(sent.slice(-3).map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);
  });
});
