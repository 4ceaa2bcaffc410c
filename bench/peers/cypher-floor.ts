// Floor (d) for the Neo4j path: each operation of the benchmark answered by one hand-written Cypher
// statement (bench/floor/*.cypher) that returns our API's JSON shape, behind a bare node:http server:
// POST /<operation> with the variables as the JSON body. No GraphQL, no DataLoaders, no conversion
// (the driver returns plain numbers). Env: NEO4J_URI, PORT. Prints "listening <port>" when ready.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { searchQueryWords } from '../../src/graph/search-text.ts';
import type { QueryName } from '../queries.ts';

const statement = (file: string) => readFileSync(new URL(`../floor/${file}.cypher`, import.meta.url), 'utf8');
const refKey = (id: string) => id.slice(id.indexOf(':') + 1);

/** Each operation: its statement, the parameters from our API's variables, and the result column. */
const OPERATIONS: Record<QueryName, { query: string; parameters: (variables: any) => Record<string, unknown>; column: string }> = {
  flagship: { query: statement('flagship'), parameters: (v) => ({ first: neo4j.int(v.first) }), column: 'actors' },
  objectives: { query: statement('objectives'), parameters: () => ({}), column: 'objectives' },
  paragraph: { query: statement('paragraph'), parameters: (v) => ({ ref: v.ref }), column: 'paragraph' },
  search: { query: statement('search'), parameters: (v) => ({ query: searchQueryWords(v.query).join(' '), first: neo4j.int(10) }), column: 'search' },
  shortestPath: { query: statement('shortest-path'), parameters: (v) => ({ fromKey: refKey(v.from), toKey: refKey(v.to) }), column: 'shortestPath' },
  neighbourhood: { query: statement('neighbourhood'), parameters: (v) => ({ key: refKey(v.id) }), column: 'neighbourhood' },
};

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    const operation = OPERATIONS[request.url!.slice(1) as QueryName];
    if (!operation) return void response.writeHead(404).end();
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const variables = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      // Auto-commit, as our store reads: one statement needs no BEGIN/COMMIT.
      const result = await session.run(operation.query, operation.parameters(variables));
      const data = { [operation.column]: result.records[0]?.get(operation.column) ?? null };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    } finally {
      await session.close();
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => driver.close().then(() => process.exit(0))));
