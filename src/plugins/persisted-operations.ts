// Trusted documents. With PERSISTED_OPERATIONS a front-end's build writes a manifest of its operations
// (relay-compiler's persistConfig file, GraphQL Code Generator's persisted-documents.json, or Apollo's
// persisted query manifest); clients send an operation's id instead of its text, and only the listed
// operations run unless ALLOW_ARBITRARY_OPERATIONS. The manifest is read, and every document parsed and
// validated against the schema, once at start-up: a manifest that no longer fits the API stops the server
// with one line rather than failing its clients one request at a time.
import { readFileSync } from 'node:fs';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse, validate, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ConfigError } from '../config.ts';

/** Request parameters that carry an operation's id: `documentId` (GraphQL over HTTP, Code Generator), `doc_id` (Relay's examples). */
export const PERSISTED_ID_PARAMETERS = ['documentId', 'doc_id'];

/** Operation id → document text. */
export type PersistedOperations = Map<string, string>;

interface ApolloManifest {
  format: 'apollo-persisted-query-manifest';
  operations: { id: string; body: string }[];
}

function isApolloManifest(json: unknown): json is ApolloManifest {
  const manifest = json as Partial<ApolloManifest> | null;
  return (
    manifest?.format === 'apollo-persisted-query-manifest' &&
    Array.isArray(manifest.operations) &&
    manifest.operations.every((operation) => typeof operation?.id === 'string' && typeof operation.body === 'string')
  );
}

/** `{ id: text }` (relay-compiler, Code Generator) or Apollo's `{ format, operations: [{ id, body }] }`; null for anything else. */
function entriesOf(json: unknown): [id: string, text: string][] | null {
  if (isApolloManifest(json)) return json.operations.map(({ id, body }) => [id, body]);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const entries = Object.entries(json);
  return entries.every(([, text]) => typeof text === 'string') ? (entries as [string, string][]) : null;
}

export function readPersistedOperations(path: string, schema: GraphQLSchema): PersistedOperations {
  const invalid = (why: string) => new ConfigError(`Invalid environment variable PERSISTED_OPERATIONS: ${path}: ${why}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw invalid(`not a readable JSON file (${(error as Error).message.split('\n')[0]})`);
  }
  const entries = entriesOf(json);
  if (!entries) throw invalid('expected { "<id>": "<document>" } (relay-compiler, GraphQL Code Generator) or an Apollo persisted query manifest');
  for (const [id, text] of entries) {
    let errors: readonly { message: string }[];
    try {
      errors = validate(schema, parse(text));
    } catch (error) {
      errors = [error as Error];
    }
    if (errors.length > 0) throw invalid(`operation ${id} does not fit the schema: ${errors[0]!.message.split('\n')[0]}`);
  }
  return new Map(entries);
}

/** The id a request names: Apollo's extensions.persistedQuery.sha256Hash, or a documentId/doc_id parameter (body or query string). */
function operationIdOf(params: Record<string, unknown>, request: Request): string | null {
  const fromExtensions = defaultExtractPersistedOperationId(params as Parameters<typeof defaultExtractPersistedOperationId>[0], request, {});
  if (fromExtensions) return fromExtensions;
  for (const name of PERSISTED_ID_PARAMETERS) if (typeof params[name] === 'string') return params[name];
  // Yoga's GET parser keeps only the standard parameters.
  if (request.method === 'GET') {
    const search = new URL(request.url).searchParams;
    for (const name of PERSISTED_ID_PARAMETERS) if (search.has(name)) return search.get(name);
  }
  return null;
}

const requestError = (message: string, code: string) => ({ message, extensions: { code, http: { status: 400, spec: true } } });

export function persistedOperationsPlugin(operations: PersistedOperations, allowArbitraryOperations: boolean): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => operations.get(id) ?? null,
    extractPersistedOperationId: (params, request) => operationIdOf(params as Record<string, unknown>, request),
    allowArbitraryOperations,
    customErrors: {
      notFound: requestError('No operation with this id in the trusted documents.', 'PERSISTED_QUERY_NOT_FOUND'),
      persistedQueryOnly: requestError('Only trusted documents run here: send the id of an operation of the manifest as documentId, not its text.', 'PERSISTED_QUERY_ONLY'),
      keyNotFound: requestError('Send the id of a trusted document as documentId, or a query.', 'BAD_REQUEST'),
    },
  });
}
