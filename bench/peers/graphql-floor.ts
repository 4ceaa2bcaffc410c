// Floor (e) for GraphQL execution: graphql-js `execute` of the same documents against our schema's SDL
// over a precomputed tree of plain objects (from the extracted graph), behind a bare node:http server.
// Documents are parsed and validated once; no plugins, no DataLoaders, no store. What the embedded
// store adds on top of this is what our server costs beyond executing GraphQL at all.
// FLOOR_TRANSPORT=yoga serves the same execution (same schema, same precomputed objects) through a bare
// graphql-yoga with default options and no plugins instead: the floor at the transport our server uses,
// so what Yoga itself costs is told apart from what our plugins and resolvers add. Yoga's defaults
// include maxRequestBodySize, which pipes every body through a counting stream (about half of this
// variant's CPU per request); our server leaves it off and enforces its limit itself (src/plugins/limits.ts).
// Prints "listening <port>" when ready. Env: PORT, FLOOR_TRANSPORT (http, the default, or yoga).
import { createServer } from 'node:http';
import { buildSchema, execute, parse, printSchema, validate, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { loadSeedGraph } from '../../seed/extract.ts';
import { globalIdOf, wrapperIdOf } from '../../src/graph/global-id.ts';
import type { GraphNode, NodeRef } from '../../src/graph/model.ts';
import { displayName } from '../../src/graph/catalogue.ts';
import { searchQueryWords } from '../../src/graph/search-text.ts';
import { schema as ourSchema } from '../../src/schema/index.ts';
import { FULL_LINKS, WHOLE_LIST, type ObjectiveLink } from '../../src/store/graph-store.ts';
import { MemoryGraphStore } from '../../src/store/memory.ts';

const schema = buildSchema(printSchema(ourSchema));
const { graph } = loadSeedGraph();
const store = new MemoryGraphStore(graph);

/** One plain object per node, built once and shared, with the fields the benchmark's documents read. */
const objects = new Map<string, Record<string, unknown>>();
const objectOf = (node: GraphNode | NodeRef): Record<string, any> => objects.get(globalIdOf(node))!;
const connection = (nodes: unknown[], edges = nodes.map((node) => ({ node }))) => ({ totalCount: nodes.length, edges, nodes });

for (const node of graph.nodes) {
  objects.set(globalIdOf(node), { ...node, __typename: node.kind, id: globalIdOf(node), ref: node.key });
}
const linkEdge = (link: ObjectiveLink, node: unknown) => ({
  node,
  basis: link.basis,
  paragraphs: link.paragraphs.map(objectOf),
  quotes: link.quotes.map(objectOf),
});
for (const node of graph.nodes) {
  const object = objectOf(node);
  if (node.kind === 'Actor') {
    const links = (await store.links('actorObjectives', [node.key], FULL_LINKS, WHOLE_LIST))[0]!.rows;
    object.objectives = connection(links.map((link) => objectOf(link.objective)), links.map((link) => linkEdge(link, objectOf(link.objective))));
  } else if (node.kind === 'Objective') {
    const links = (await store.links('objectiveActors', [node.key], FULL_LINKS, WHOLE_LIST))[0]!.rows;
    object.actors = connection(links.map((link) => objectOf(link.actor)), links.map((link) => linkEdge(link, objectOf(link.actor))));
  } else if (node.kind === 'Paragraph') {
    object.quotes = (await store.related('paragraphQuotes', [node.key], { offset: 0, limit: null }))[0]!.rows.map(objectOf);
    object.actors = (await store.related('paragraphActors', [node.key], { offset: 0, limit: null }))[0]!.rows.map(objectOf);
  } else if (node.kind === 'Quote') {
    object.paragraph = objects.get(`Paragraph:${node.paragraphRef}`);
  }
}
const actorsByName = (await store.list({ kind: 'Actor' }, WHOLE_LIST)).rows.map(objectOf);
const objectivesByNumber = (await store.list({ kind: 'Objective' }, WHOLE_LIST)).rows.map(objectOf);

/** Answers that depend on arguments, computed on first use and kept: the floor measures execution, not search or traversal. */
const memo = new Map<string, unknown>();
async function remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, await compute());
  return memo.get(key) as T;
}
const refOf = (id: string): NodeRef => {
  const colon = id.indexOf(':');
  return { kind: id.slice(0, colon) as NodeRef['kind'], key: id.slice(colon + 1) };
};
const step = (r: { type: string; from: NodeRef; to: NodeRef }) => ({ type: r.type, from: globalIdOf(r.from), to: globalIdOf(r.to) });

const rootValue = {
  actors: ({ first }: { first?: number }) => connection(actorsByName.slice(0, first ?? 20)),
  objectives: () => objectivesByNumber,
  paragraph: ({ ref }: { ref: string }) => objects.get(`Paragraph:${ref}`) ?? null,
  search: ({ query, first }: { query: string; first: number }) =>
    remember(`search|${query}|${first}`, async () =>
      (await store.search(searchQueryWords(query), first)).hits.map((hit) => ({ score: hit.score, node: objectOf(hit.node) })),
    ),
  shortestPath: ({ from, to, maxHops }: { from: string; to: string; maxHops: number }) =>
    remember(`path|${from}|${to}|${maxHops}`, async () => {
      const [path] = (await store.paths(refOf(from), refOf(to), { shape: 'shortest', maxHops, filter: {}, first: 1 })) ?? [];
      return path && { length: path.relationships.length, nodes: path.nodes.map(objectOf), relationships: path.relationships.map(step) };
    }),
  neighbourhood: ({ id, hops }: { id: string; hops: number }) =>
    remember(`neighbourhood|${id}|${hops}`, async () => {
      const subgraph = await store.neighbourhood(refOf(id), hops, 500);
      return (
        subgraph && {
          truncated: false,
          nodes: subgraph.nodes.map((node) => ({ id: wrapperIdOf('SubgraphNode', node), label: node.kind, name: displayName(node), node: objectOf(node) })),
          edges: subgraph.relationships.map(step),
        }
      );
    }),
};

const documents = new Map<string, DocumentNode>();
function documentOf(query: string): DocumentNode {
  let document = documents.get(query);
  if (!document) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    documents.set(query, document);
  }
  return document;
}

/**
 * Yoga has no rootValue option: the root fields resolve from rootValue as graphql-js's default resolver
 * would (a function property is called with the arguments), so both transports execute the same work.
 */
function yogaHandler() {
  const resolverFor =
    (name: keyof typeof rootValue): GraphQLFieldResolver<unknown, unknown> =>
    (_source, args) =>
      (rootValue[name] as (args: any) => unknown)(args);
  for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
    if (name in rootValue) field.resolve = resolverFor(name as keyof typeof rootValue);
  }
  return createYoga({ schema });
}

const server = createServer(process.env.FLOOR_TRANSPORT === 'yoga' ? yogaHandler() : (request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await execute({ schema, document: documentOf(query), rootValue, variableValues: variables });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
