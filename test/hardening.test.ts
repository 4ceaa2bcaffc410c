// Operation limits, error codes and masking, the operation deadline, health and readiness, request
// logs, CORS, CSRF and safe headers: through the app's fetch (the body limit over node:http too), on the embedded store.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { getIntrospectionQuery } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUERY_MIX } from '../bench/load.ts';
import { loadSeedGraph } from '../seed/extract.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { createApp } from '../src/yoga.ts';
import { readmeExamples } from '../tools/readme-examples.ts';
import { executorFor, onlyError } from './helpers.ts';

const memory = new MemoryGraphStore(loadSeedGraph().graph);

/** Fresh headers per request: Yoga's fetch ponyfill writes Content-Length into the object it is given. */
const jsonHeaders = (extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
  ...extra,
});

/** A store whose every call fails or stalls the way `behave` says; the rest comes from the memory store. */
function storeThat(behave: (method: string) => Promise<never> | undefined): GraphStore {
  return new Proxy(memory, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => behave(String(property)) ?? value.apply(target, args);
    },
  });
}

const never = () => new Promise<never>(() => {});

describe('operation limits', () => {
  const { execute, fetch, config } = executorFor(memory);

  it('has defaults that let every README example query (GraphiQL\'s presets) and introspection through', async () => {
    const examples = readmeExamples(readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const query of [...examples.map((example) => example.query), getIntrospectionQuery()]) {
      const response = await execute(query);
      expect(response.errors, query).toBeUndefined();
      expect(response.status).toBe(200);
    }
  });

  it('lets the query mix of bench:load through without errors', async () => {
    for (const [name, query] of QUERY_MIX) expect((await execute(query)).errors, name).toBeUndefined();
  });

  it('rejects a query deeper than MAX_DEPTH before execution', async () => {
    const deep = `{ actor(key: "iom") { ${'objectives(first: 1) { nodes { actors(first: 1) { nodes { '.repeat(3)}key${' } } } }'.repeat(3)} } }`;
    const response = await execute(deep);
    expect(response.status).toBe(400);
    expect(onlyError(response)).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' } });
    expect(onlyError(response).message).toMatch(/depth limit of 10/);
    expect(response.data).toBeUndefined();
  });

  it('answers 200 for the same rejection to a client that only accepts application/json (GraphQL over HTTP)', async () => {
    const deep = `{ actor(key: "iom") { ${'objectives(first: 1) { nodes { actors(first: 1) { nodes { '.repeat(3)}key${' } } } }'.repeat(3)} } }`;
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: deep }) });
    expect(response.status).toBe(200);
    expect((await response.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
  });

  it('rejects more aliases than MAX_ALIASES', async () => {
    const query = `{ ${Array.from({ length: config.MAX_ALIASES + 1 }, (_, i) => `a${i}: objective(number: 1) { number }`).join(' ')} }`;
    const response = await execute(query);
    expect(onlyError(response).extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(onlyError(response).message).toMatch(/Aliases limit of 15 exceeded, found 16/);
    expect((await execute(`{ ${Array.from({ length: config.MAX_ALIASES }, (_, i) => `a${i}: objective(number: 1) { number }`).join(' ')} }`)).errors).toBeUndefined();
  });

  it('rejects more directives than MAX_DIRECTIVES', async () => {
    const query = `{ objectives { ${'number @include(if: true) '.repeat(config.MAX_DIRECTIVES + 1)} } }`;
    expect(onlyError(await execute(query)).extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('rejects a query over MAX_COST: nested pages multiply', async () => {
    const response = await execute(`{ actors(first: 100) { nodes { mentions(first: 100) { nodes { key text } } } } }`);
    expect(onlyError(response)).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' } });
    expect(onlyError(response).message).toMatch(/Cost limit of 100000 exceeded/);
  });

  it('rejects more tokens than MAX_TOKENS while parsing', async () => {
    const query = `{ objectives { ${'number '.repeat(config.MAX_TOKENS)} } }`;
    expect(query.length).toBeLessThan(config.MAX_QUERY_LENGTH);
    const response = await execute(query);
    expect(response.status).toBe(400);
    expect(onlyError(response)).toMatchObject({ message: 'Token limit of 2000 exceeded.', extensions: { code: 'LIMIT_EXCEEDED' } });
  });

  it('rejects a query text longer than MAX_QUERY_LENGTH, comments included', async () => {
    const response = await execute(`{ objectives { number } } # ${'x'.repeat(config.MAX_QUERY_LENGTH)}`);
    expect(response.status).toBe(400);
    expect(onlyError(response).extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('answers 413 to a 1 MB body, declared by Content-Length', async () => {
    const body = JSON.stringify({ query: '{ objectives { number } }', variables: { padding: 'x'.repeat(1_000_000) } });
    const response = await fetch('/graphql', { method: 'POST', headers: jsonHeaders({ 'content-length': String(Buffer.byteLength(body)) }), body });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
  });

  it('answers 413 to a 1 MB body streamed without a length, counting it as it arrives', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ objectives { number } }","variables":{"padding":"'));
      },
      pull(controller) {
        if (sent > 1_000_000) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch('/graphql', { method: 'POST', headers: jsonHeaders(), body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect(sent).toBeLessThan(1_000_000);
  });

  it('holds the page cap through variables: first above MAX_PAGE_SIZE is LIMIT_EXCEEDED, negative is BAD_USER_INPUT', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query ($n: Int) { actors(first: $n) { totalCount } }', {}],
      ['query ($n: Int) { paragraphs(first: $n) { totalCount } }', {}],
      ['query ($n: Int) { search(query: "migration", first: $n) { score } }', {}],
      ['query ($n: Int) { actor(key: "trade-unions") { mentions(first: $n) { totalCount } } }', {}],
      ['query ($n: Int) { objective(number: 18) { actors(first: $n) { totalCount } } }', {}],
    ];
    for (const [query] of cases) {
      expect(onlyError(await execute(query, { n: config.MAX_PAGE_SIZE + 1 })).extensions?.code, query).toBe('LIMIT_EXCEEDED');
      expect(onlyError(await execute(query, { n: -1 })).extensions?.code, query).toBe('BAD_USER_INPUT');
      expect((await execute(query, { n: config.MAX_PAGE_SIZE })).errors, query).toBeUndefined();
    }
  });

  it('refuses a batched (array) request body with a coded error', async () => {
    const response = await fetch('/graphql', { method: 'POST', headers: jsonHeaders(), body: JSON.stringify([{ query: '{ objectives { number } }' }, { query: '{ objectives { number } }' }]) });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/Batching is not supported/);
  });

  it('gives parse and validation errors their codes, without field suggestions by default', async () => {
    expect(onlyError(await execute('{ objectives { number ')).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = onlyError(await execute('{ actor(key: "iom") { nam } }'));
    expect(unknown.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.message).toBe('Cannot query field "nam" on type "Actor".');
    const suggesting = executorFor(memory, { FIELD_SUGGESTIONS: 'true' });
    expect(onlyError(await suggesting.execute('{ actor(key: "iom") { nam } }')).message).toMatch(/Did you mean "name"\?/);
  });

  it('makes every limit configurable', async () => {
    const strict = executorFor(memory, { MAX_DEPTH: '2', MAX_ALIASES: '0', MAX_QUERY_LENGTH: '40', MAX_BODY_BYTES: '200' });
    expect(onlyError(await strict.execute('{ actor(key: "iom") { objectives { totalCount } } }')).extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(onlyError(await strict.execute('{ a: objectives { number } }')).extensions?.code).toBe('LIMIT_EXCEEDED');
    expect((await strict.execute('{ objectives { number } }')).errors).toBeUndefined();
    const response = await strict.fetch('/graphql', { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query: '{ objectives { number } }', variables: { x: 'y'.repeat(300) } }) });
    expect(response.status).toBe(413);
  });
});

describe('the body limit over node:http', () => {
  /** One raw request to a real server: `chunks` are written as they are, chunked unless a length is declared. */
  async function send(chunks: string[], headers: Record<string, string>): Promise<{ status: number; body: any }> {
    const app = createApp(memory, loadConfig({ LOG_LEVEL: 'silent', MAX_BODY_BYTES: '200' }));
    const server = createServer(app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const request = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...headers } });
      for (const chunk of chunks) request.write(chunk);
      request.end();
      const [response] = (await once(request, 'response')) as [IncomingMessage];
      let text = '';
      for await (const part of response) text += part;
      return { status: response.statusCode!, body: JSON.parse(text) };
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }
  const query = JSON.stringify({ query: '{ objectives { number } }' });
  const padded = JSON.stringify({ query: '{ objectives { number } }', variables: { x: 'y'.repeat(300) } });

  it('answers a body within the limit, declared by Content-Length or chunked', async () => {
    expect((await send([query], { 'content-length': String(query.length) })).body.data.objectives).toHaveLength(23);
    expect((await send([query.slice(0, 10), query.slice(10)], {})).body.data.objectives).toHaveLength(23);
  });

  it('answers 413 LIMIT_EXCEEDED to a body over the limit, declared or counted as it arrives', async () => {
    for (const response of [await send([padded], { 'content-length': String(padded.length) }), await send([padded.slice(0, 150), padded.slice(150)], {})]) {
      expect(response.status).toBe(413);
      expect(response.body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    }
  });
});

describe('unexpected errors are masked in every NODE_ENV', () => {
  afterEach(() => vi.unstubAllEnvs());

  class Neo4jError extends Error {
    override name = 'Neo4jError';
  }
  const leaky = storeThat((method) =>
    method === 'nodesByKey'
      ? Promise.reject(new Neo4jError('Failed to connect to bolt://db-7.internal.example:7687 while running MATCH (a:Actor {key: $key}) RETURN a'))
      : undefined,
  );

  for (const NODE_ENV of ['development', 'production', 'test']) {
    it(`leaks no stack, Cypher, host or driver class under NODE_ENV=${NODE_ENV}`, async () => {
      vi.stubEnv('NODE_ENV', NODE_ENV);
      const { fetch } = executorFor(leaky, { NODE_ENV });
      const response = await fetch('/graphql', { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query: '{ actor(key: "iom") { name } }' }) });
      const text = await response.text();
      expect(response.status).toBe(200);
      const body = JSON.parse(text);
      expect(body.data).toEqual({ actor: null });
      expect(body.errors).toEqual([{ message: 'Unexpected error.', locations: [{ line: 1, column: 3 }], path: ['actor'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(text).not.toMatch(/MATCH|bolt:|internal\.example|Neo4jError|stack|\.ts:\d+/);
    });
  }
});

describe('the operation deadline', () => {
  it('answers TIMEOUT once OPERATION_TIMEOUT_MS has passed, however long the store would take', async () => {
    const { execute } = executorFor(storeThat(() => never()), { OPERATION_TIMEOUT_MS: '150' });
    const started = performance.now();
    const response = await execute('{ actor(key: "iom") { name } objectives { number } }');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(2_000);
    expect(response.status).toBe(200);
    expect(onlyError(response)).toMatchObject({ message: 'The operation took too long and was stopped.', extensions: { code: 'TIMEOUT' } });
    expect(response.data).toBeNull();
  });

  it('stops resolving once the deadline has passed: the next level never reaches the store', async () => {
    const calls: string[] = [];
    // Every store call is recorded; the paragraph itself arrives 300 ms late, after a 100 ms deadline.
    const lateParagraph = new Proxy(memory, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          calls.push(String(property));
          if (property === 'nodesByKey') await new Promise((resolve) => setTimeout(resolve, 300));
          return value.apply(target, args);
        };
      },
    });
    const { execute } = executorFor(lateParagraph, { OPERATION_TIMEOUT_MS: '100' });
    // node(id:) goes a level at a time (paragraph(ref:) would bring the lists along in one call).
    const response = await execute('{ node(id: "Paragraph:34f") { ... on Paragraph { ref quotes { key } actors { key } } } }');
    expect(onlyError(response).extensions?.code).toBe('TIMEOUT');
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Its quotes and actors were never asked for.
    expect(calls).toEqual(['nodesByKey']);
  });

  it('leaves operations within the deadline alone', async () => {
    const slowish = storeThat(() => undefined);
    const { execute } = executorFor(slowish, { OPERATION_TIMEOUT_MS: '5000' });
    expect((await execute('{ objectives { number } }')).errors).toBeUndefined();
  });
});

describe('/health and /ready', () => {
  it('/health is 200 JSON while the process is up, whatever the store does', async () => {
    const { fetch } = executorFor(storeThat(() => Promise.reject(new Error('down'))));
    const response = await fetch('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok', store: 'memory' });
  });

  it('/ready is 200 when the store answers a read', async () => {
    const response = await executorFor(memory).fetch('/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', store: 'memory' });
  });

  it('/ready is 503 when the store read fails', async () => {
    const { fetch } = executorFor(storeThat((method) => (method === 'seedVersion' ? Promise.reject(new Error('ECONNREFUSED 10.0.0.7:7687')) : undefined)));
    const response = await fetch('/ready');
    expect(response.status).toBe(503);
    const text = await response.text();
    // A plain Error carries no StoreFailure: its class is unknown, its text stays out of the answer.
    expect(JSON.parse(text)).toEqual({ status: 'unavailable', store: 'memory', cause: 'unexpected' });
    expect(text).not.toMatch(/ECONNREFUSED/);
  });

  it('/ready is 503 within READY_TIMEOUT_MS when the store hangs', async () => {
    const { fetch } = executorFor(storeThat((method) => (method === 'seedVersion' ? never() : undefined)), { READY_TIMEOUT_MS: '100' });
    const started = performance.now();
    const response = await fetch('/ready');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', store: 'memory', cause: 'no response' });
  });

  it('/ready is 503 while the server drains', async () => {
    const lifecycle = { draining: false };
    const app = createApp(memory, loadConfig({ LOG_LEVEL: 'silent' }), { lifecycle });
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
    lifecycle.draining = true;
    const response = await app.fetch('http://localhost/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'draining' });
  });
});

describe('request logs', () => {
  function loggedApp(env: Record<string, string> = {}) {
    const lines: Record<string, any>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = loadConfig({ LOG_LEVEL: 'info', ...env });
    const app = createApp(memory, config, { logger: createLogger(config, sink) });
    const post = (body: object) => app.fetch('http://localhost/graphql', { method: 'POST', headers: jsonHeaders(), body: JSON.stringify(body) });
    return { app, lines, post };
  }

  it('writes one JSON line per request: operation, status, duration, store round trips, error codes; no variables', async () => {
    const { lines, post } = loggedApp();
    await (await post({ query: 'query OneActor($key: String!) { actor(key: $key) { name objectives { totalCount } } }', variables: { key: 'trade-unions' } })).text();
    await (await post({ query: 'query Bad { paragraph(ref: "§§§") { ref } }' })).text();
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, operationName: 'OneActor', storeRoundTrips: 2 });
    expect(requests[0]!.durationMs).toBeGreaterThan(0);
    expect(requests[0]).not.toHaveProperty('errorCodes');
    expect(requests[1]).toMatchObject({ operationName: 'Bad', errorCodes: ['BAD_USER_INPUT'] });
    expect(JSON.stringify(lines)).not.toMatch(/trade-unions/);
  });

  it('logs variables only with LOG_VARIABLES, and limit rejections with their code', async () => {
    const { lines, post } = loggedApp({ LOG_VARIABLES: 'true' });
    await (await post({ query: 'query OneActor($key: String!) { actor(key: $key) { name } }', variables: { key: 'iom' } })).text();
    await (await post({ query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: objectives { number }`).join(' ')} }` })).text();
    const [first, second] = lines.filter((line) => line.msg === 'request');
    expect(first).toMatchObject({ variables: { key: 'iom' } });
    expect(second).toMatchObject({ status: 400, errorCodes: ['LIMIT_EXCEEDED'] });
  });

  it('logs no error for a GET whose variables or extensions are not JSON: the mistake is the client\'s', async () => {
    const { app, lines } = loggedApp();
    for (const parameters of ['variables=%7Bnot-json', 'extensions=%7Bx']) {
      const response = await app.fetch(`http://localhost/graphql?query=%7Bobjectives%7Bnumber%7D%7D&${parameters}`, { headers: { accept: 'application/graphql-response+json', 'x-graphql-yoga-csrf': '1' } });
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    expect(lines.filter((line) => line.level !== 'info')).toEqual([]);
    expect(lines.filter((line) => line.msg === 'request').map((line) => line.errorCodes)).toEqual([['BAD_REQUEST'], ['BAD_REQUEST']]);
  });

  it('logs an unexpected error server-side, in full, while the client sees it masked', async () => {
    const lines: Record<string, any>[] = [];
    const sink = new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const config = loadConfig({ LOG_LEVEL: 'info' });
    const failing = storeThat(() => Promise.reject(new Error('MATCH (a) RETURN a failed')));
    const app = createApp(failing, config, { logger: createLogger(config, sink) });
    await (await app.fetch('http://localhost/graphql', { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query: '{ objectives { number } }' }) })).text();
    expect(lines.some((line) => line.level === 'error' && line.err?.message === 'MATCH (a) RETURN a failed')).toBe(true);
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ errorCodes: ['INTERNAL_SERVER_ERROR'] });
  });

  it('stays quiet at LOG_LEVEL=silent', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const app = createApp(memory, config, { logger: createLogger(config, sink) });
    await (await app.fetch('http://localhost/graphql', { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query: '{ objectives { number } }' }) })).text();
    expect(lines).toEqual([]);
  });
});

describe('CORS, request media types and safe headers', () => {
  const preflight = (fetch: ReturnType<typeof executorFor>['fetch'], origin: string) =>
    fetch('/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('grants no cross-origin access by default', async () => {
    const { fetch } = executorFor(memory);
    const response = await preflight(fetch, 'https://elsewhere.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch('/graphql', { method: 'POST', headers: jsonHeaders({ origin: 'https://elsewhere.example' }), body: JSON.stringify({ query: '{ objectives { number } }' }) });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('grants it to the CORS_ORIGINS only', async () => {
    const { fetch } = executorFor(memory, { CORS_ORIGINS: 'https://front.example, http://localhost:5173' });
    const allowed = await preflight(fetch, 'https://front.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://front.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await preflight(fetch, 'https://elsewhere.example');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
  });

  it('answers a preflight with 204 when CORS_ORIGINS is set, and OPTIONS with 405 when it is not', async () => {
    const allowed = await preflight(executorFor(memory, { CORS_ORIGINS: 'https://front.example' }).fetch, 'https://front.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST');
    const off = await preflight(executorFor(memory).fetch, 'https://front.example');
    expect(off.status).toBe(405);
    expect(off.headers.get('allow')).toBe('GET, POST');
  });

  it('reads no POST body a cross-origin page could send without a preflight (form, text/plain): 415 before parsing', async () => {
    const { fetch } = executorFor(memory);
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent('{ objectives { number } }')}`],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ objectives { number } }\r\n--x--`],
      ['text/plain', JSON.stringify({ query: '{ objectives { number } }' })],
      ['application/graphql', '{ objectives { number } }'],
    ]) {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': type!, 'x-graphql-yoga-csrf': '1' }, body: body! });
      expect(response.status, type).toBe(415);
      expect((await response.json()).errors[0].extensions.code, type).toBe('BAD_REQUEST');
    }
  });

  it('serves GET queries without any extra header, and JSON POSTs as ever', async () => {
    const { fetch, execute } = executorFor(memory);
    const get = await fetch(`/graphql?query=${encodeURIComponent('{ objective(number: 1) { number } }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(get.status).toBe(200);
    expect((await get.json()).data).toEqual({ objective: { number: 1 } });
    expect((await execute('{ objective(number: 1) { number } }')).errors).toBeUndefined();
  });

  it('still serves GraphiQL to a browser GET of /graphql, with safe headers on it and on API answers', async () => {
    const { fetch } = executorFor(memory);
    const page = await fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/graphiql/i);
    for (const response of [page, await fetch('/health'), await fetch('/graphql', { method: 'POST', headers: jsonHeaders(), body: '{' })]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'[ ;].*frame-ancestors 'none'$/);
    }
  });
});

describe('INTROSPECTION and GRAPHIQL switches', () => {
  it('INTROSPECTION=false refuses __schema and __type, and leaves __typename', async () => {
    const { execute } = executorFor(memory, { INTROSPECTION: 'false' });
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Actor") { name } }', getIntrospectionQuery()]) {
      const response = await execute(query);
      expect(response.data).toBeUndefined();
      expect(response.errors![0]).toMatchObject({ message: expect.stringMatching(/introspection has been disabled/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
    expect((await execute('{ __typename objectives { number } }')).errors).toBeUndefined();
  });

  it('INTROSPECTION=true (the default) answers introspection', async () => {
    expect((await executorFor(memory).execute('{ __type(name: "Actor") { name } }')).data).toEqual({ __type: { name: 'Actor' } });
  });

  it('GRAPHIQL=false serves no GraphiQL page', async () => {
    const { fetch } = executorFor(memory, { GRAPHIQL: 'false' });
    const response = await fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});
