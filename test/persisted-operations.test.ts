// Trusted documents (PERSISTED_OPERATIONS): manifests in the formats front-end tools write, operations
// named by id in the body, the query string or Apollo's extensions, everything else refused unless
// ALLOW_ARBITRARY_OPERATIONS, and a manifest that does not fit the schema refused at start-up.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { executorFor } from './helpers.ts';

const store = new MemoryGraphStore(loadSeedGraph().graph);
const directory = mkdtempSync(join(tmpdir(), 'gcm-persisted-'));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const ACTOR = 'query Actor($key: String!) { actor(key: $key) { name } }';
const OBJECTIVES = 'query Objectives { objectives { number } }';

function manifestFile(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The shape of GraphQL Code Generator's persisted-documents.json (client preset) and relay-compiler's persistConfig file: `{ id: text }`. */
const CODEGEN = manifestFile('persisted-documents.json', { [sha256(ACTOR)]: ACTOR, [sha256(OBJECTIVES)]: OBJECTIVES });
/** @apollo/generate-persisted-query-manifest. */
const APOLLO = manifestFile('persisted-query-manifest.json', {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [{ id: sha256(ACTOR), name: 'Actor', type: 'query', body: ACTOR }],
});

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) });

describe('PERSISTED_OPERATIONS', () => {
  it('runs a Code Generator document by documentId, over POST and over GET (with an ETag)', async () => {
    const { fetch } = executorFor(store, { GRAPH_STATS: '0', PERSISTED_OPERATIONS: CODEGEN });
    const byPost = await fetch('/graphql', post({ documentId: sha256(ACTOR), variables: { key: 'iom' } }));
    expect(await byPost.json()).toEqual({ data: { actor: { name: 'International Organization for Migration' } } });
    const byGet = await fetch(`/graphql?documentId=${sha256(OBJECTIVES)}`);
    expect(byGet.status).toBe(200);
    expect((await byGet.json()).data.objectives).toHaveLength(23);
    expect(byGet.headers.get('etag')).toMatch(/^".+"$/);
  });

  it('runs an Apollo manifest operation by extensions.persistedQuery.sha256Hash, and by doc_id', async () => {
    const { fetch } = executorFor(store, { GRAPH_STATS: '0', PERSISTED_OPERATIONS: APOLLO });
    const apollo = await fetch('/graphql', post({ variables: { key: 'gfmd' }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ACTOR) } } }));
    expect(await apollo.json()).toEqual({ data: { actor: { name: 'Global Forum on Migration and Development' } } });
    const relayStyle = await fetch('/graphql', post({ doc_id: sha256(ACTOR), variables: { key: 'gfmd' } }));
    expect((await relayStyle.json()).data.actor.name).toBe('Global Forum on Migration and Development');
  });

  it('refuses an operation sent as text, an unknown id and a request with neither, with codes', async () => {
    const { fetch } = executorFor(store, { GRAPH_STATS: '0', PERSISTED_OPERATIONS: CODEGEN });
    const cases: [unknown, string][] = [
      [{ query: ACTOR, variables: { key: 'iom' } }, 'PERSISTED_QUERY_ONLY'],
      [{ documentId: '0000', variables: {} }, 'PERSISTED_QUERY_NOT_FOUND'],
      [{ variables: {} }, 'BAD_REQUEST'],
    ];
    for (const [body, code] of cases) {
      const response = await fetch('/graphql', post(body));
      expect(response.status, code).toBe(400);
      expect((await response.json()).errors[0].extensions.code).toBe(code);
    }
    const overGet = await fetch(`/graphql?query=${encodeURIComponent(OBJECTIVES)}`, { headers: { accept: 'application/graphql-response+json' } });
    expect((await overGet.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('runs arbitrary operations beside the listed ones with ALLOW_ARBITRARY_OPERATIONS', async () => {
    const { fetch, execute } = executorFor(store, { GRAPH_STATS: '0', PERSISTED_OPERATIONS: CODEGEN, ALLOW_ARBITRARY_OPERATIONS: 'true' });
    expect((await execute('{ objective(number: 6) { number } }')).data).toEqual({ objective: { number: 6 } });
    expect((await (await fetch('/graphql', post({ documentId: sha256(OBJECTIVES) }))).json()).data.objectives).toHaveLength(23);
  });

  it('runs anything without a manifest, and takes no documentId then', async () => {
    const { fetch, execute } = executorFor(store, { GRAPH_STATS: '0' });
    expect((await execute(OBJECTIVES)).errors).toBeUndefined();
    const response = await fetch('/graphql', post({ documentId: sha256(OBJECTIVES) }));
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses to start with a manifest that is missing, not a manifest, or does not fit the schema', () => {
    const start = (path: string) => () => executorFor(store, { PERSISTED_OPERATIONS: path });
    expect(start(join(directory, 'missing.json'))).toThrow(/^Invalid environment variable PERSISTED_OPERATIONS: .*missing\.json: not a readable JSON file/);
    expect(start(manifestFile('list.json', [ACTOR]))).toThrow(/expected \{ "<id>": "<document>" \}/);
    expect(start(manifestFile('stale.json', { a: '{ actor(key: "iom") { password } }' }))).toThrow(/operation a does not fit the schema: Cannot query field "password" on type "Actor"/);
    expect(start(manifestFile('broken.json', { b: '{ actor(' }))).toThrow(/operation b does not fit the schema: Syntax Error/);
  });
});
