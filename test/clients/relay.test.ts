// relay-runtime with artifacts from relay-compiler (test/clients/relay/): its store keys every record on
// `id` alone and logs "Invalid record … Expected __typename to be consistent" when one id comes with two
// types. A neighbourhood and an actor network normalise into one store without a single warning, and the
// same operations run as trusted documents from the manifest relay-compiler wrote.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createOperationDescriptor, Environment, fetchQuery, Network, RecordSource, Store, type ConcreteRequest, type GraphQLResponse, type Variables } from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureConsole } from './console.ts';
import ActorNetworkQuery from './relay/__generated__/documentsActorNetworkQuery.graphql.ts';
import NeighbourhoodQuery from './relay/__generated__/documentsNeighbourhoodQuery.graphql.ts';
import { startServer, type RunningServer } from './server.ts';

const RELAY_PROJECT = fileURLToPath(new URL('./relay/', import.meta.url));
const MANIFEST = `${RELAY_PROJECT}persisted-queries.json`;

type Send = 'text' | 'documentId';

/** A Relay environment over fetch: the operation's text, or only its id as a trusted document. */
function relayEnvironment(url: string, send: Send, rewrite: (response: GraphQLResponse) => GraphQLResponse = (response) => response) {
  return new Environment({
    network: Network.create(async (params, variables: Variables) => {
      const body = send === 'text' ? { query: params.text, variables } : { documentId: params.id, variables };
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return rewrite((await response.json()) as GraphQLResponse);
    }),
    store: new Store(new RecordSource()),
  });
}

async function load(environment: Environment, query: ConcreteRequest, variables: Variables) {
  await fetchQuery(environment, query, variables).toPromise();
  return environment.lookup(createOperationDescriptor(query, variables).fragment).data as any;
}

/** The old bug, put back into an answer: every SubgraphNode carrying the id of the node it wraps. */
function wrappedIdsAsBefore(response: GraphQLResponse): GraphQLResponse {
  return JSON.parse(JSON.stringify(response), (key, value) => (key === 'id' && typeof value === 'string' ? value.replace(/^SubgraphNode:/, '') : value));
}

describe('relay-runtime', () => {
  let server: RunningServer;
  let trustedOnly: RunningServer;
  beforeAll(async () => {
    server = await startServer();
    trustedOnly = await startServer({ PERSISTED_OPERATIONS: MANIFEST });
  });
  afterAll(async () => {
    await server.close();
    await trustedOnly.close();
  });

  it('has artifacts and a manifest that relay-compiler would write today from schema.graphql', () => {
    const compiler = createRequire(import.meta.url).resolve('relay-compiler/cli.js');
    const run = spawnSync(process.execPath, [compiler, '--validate'], { cwd: RELAY_PROJECT, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}\nrun: cd test/clients/relay && npx relay-compiler`).toBe(0);
  });

  it('normalises a neighbourhood and an actor network into one store with no warning', async () => {
    const console = captureConsole();
    const environment = relayEnvironment(server.url, 'text');
    let neighbourhood, network;
    try {
      neighbourhood = (await load(environment, NeighbourhoodQuery, { id: 'Actor:gfmd', hops: 1 })).neighbourhood;
      network = await load(environment, ActorNetworkQuery, {});
    } finally {
      console.restore();
    }
    expect(console.messages).toEqual([]);
    expect(neighbourhood.nodes.length).toBeGreaterThan(10);
    const gfmd = neighbourhood.nodes.find((node: any) => node.node.id === 'Actor:gfmd');
    expect(gfmd).toMatchObject({ id: 'SubgraphNode:Actor:gfmd', label: 'Actor', node: { key: 'gfmd', name: 'Global Forum on Migration and Development', category: 'ISCM' } });
    expect(network.actor).toMatchObject({ id: 'Actor:gfmd', key: 'gfmd' });
    const records = environment.getStore().getSource();
    expect(records.get('Actor:gfmd')).toMatchObject({ __typename: 'Actor', key: 'gfmd' });
    expect(records.get('SubgraphNode:Actor:gfmd')).toMatchObject({ __typename: 'SubgraphNode', label: 'Actor' });
  });

  it('does warn when a wrapper repeats the id of the node it wraps (the check can fail)', async () => {
    const console = captureConsole();
    try {
      await load(relayEnvironment(server.url, 'text', wrappedIdsAsBefore), NeighbourhoodQuery, { id: 'Actor:gfmd', hops: 1 });
    } finally {
      console.restore();
    }
    expect(console.messages.length).toBeGreaterThan(0);
    expect(console.messages[0]).toMatch(/Expected __typename to be consistent/);
  });

  it('runs the operations as trusted documents, by the ids relay-compiler gave them, on a server that runs nothing else', async () => {
    const byText = await load(relayEnvironment(server.url, 'text'), NeighbourhoodQuery, { id: 'Objective:18', hops: 1 });
    const byId = await load(relayEnvironment(trustedOnly.url, 'documentId'), NeighbourhoodQuery, { id: 'Objective:18', hops: 1 });
    expect(byId).toEqual(byText);
    const refused = await fetch(trustedOnly.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: NeighbourhoodQuery.params.text, variables: { id: 'Objective:18' } }) });
    expect((await refused.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });
});
