// graphql-request, the smallest client: a POST per call, variables, and a ClientError carrying the
// server's errors with their codes.
import { ClientError, gql, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.ts';

describe('graphql-request', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('gets data, with variables', async () => {
    const client = new GraphQLClient(server.url);
    const data = await client.request<{ paragraph: { id: string; ref: string; objective: { number: number } } }>(
      gql`query Paragraph($ref: String!) { paragraph(ref: $ref) { id ref objective { number } } }`,
      { ref: '§22(d)' },
    );
    expect(data).toEqual({ paragraph: { id: 'Paragraph:22d', ref: '22d', objective: { number: 6 } } });
  });

  it('gets data over GET too', async () => {
    const client = new GraphQLClient(server.url, { method: 'GET' });
    const data = await client.request<{ objective: { number: number } }>(gql`{ objective(number: 18) { number } }`);
    expect(data).toEqual({ objective: { number: 18 } });
  });

  it('throws a ClientError with the code of the error', async () => {
    const client = new GraphQLClient(server.url);
    const failure = await client.request(gql`{ paragraph(ref: "§§§") { ref } }`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClientError);
    expect((failure as ClientError).response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
