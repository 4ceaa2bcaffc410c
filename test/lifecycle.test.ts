// The real server process: it starts, serves, and on SIGTERM stops accepting, lets the request in
// flight finish, closes the store and exits 0, well within 10 s.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../tools/server-process.ts';

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.stop('SIGKILL');
  server = undefined;
});

/** Opens a connection and sends a POST's headers and the first part of its body; the rest waits. */
async function startSlowRequest(port: number, query: string) {
  const body = JSON.stringify({ query });
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
  );
  return {
    finish: async () => {
      socket.write(body.slice(10));
      await ended;
      return received;
    },
    received: () => received,
  };
}

async function refusesConnections(port: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(false))).once('error', () => resolve(true));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('the server process', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, closes the store and exits 0 within 10 s', async () => {
    server = await startServer();
    const ready = await fetch(`${server.origin}/ready`);
    expect(ready.status).toBe(200);
    const answered = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // A path search: the research worker thread runs it, started from the TypeScript sources as `npm start` does, and stopped at shutdown.
      body: JSON.stringify({ query: '{ objective(number: 6) { number } shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { length } }' }),
    });
    expect(await answered.json()).toMatchObject({ data: { objective: { number: 6 }, shortestPath: { length: expect.any(Number) } } });

    const inFlight = await startSlowRequest(server.port, '{ actor(key: "trade-unions") { name } }');
    const signalled = performance.now();
    process.kill(server.pid, 'SIGTERM');

    expect(await refusesConnections(server.port, 3_000)).toBe(true);
    const response = await inFlight.finish();
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(response).toContain('{"data":{"actor":{"name":"Trade unions"}}}');

    expect(await server.exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(10_000);
    const messages = server.logs.map((line) => line.msg);
    expect(messages).toContain('shutting down: finishing requests in flight');
    expect(messages).toContain('stopped');
    expect(server.logs.filter((line) => line.msg === 'request' && line.path === '/graphql')).toHaveLength(2);
    server = undefined;
  }, 60_000);

  it('exits 1 at SHUTDOWN_TIMEOUT_MS when a request in flight never completes', async () => {
    server = await startServer({ env: { SHUTDOWN_TIMEOUT_MS: '1000' } });
    const stuck = await startSlowRequest(server.port, '{ objectives { number } }');
    const signalled = performance.now();
    process.kill(server.pid, 'SIGTERM');
    expect(await server.exited).toBe(1);
    const elapsed = performance.now() - signalled;
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(5_000);
    expect(stuck.received()).toBe('');
    server = undefined;
  }, 60_000);

  it('refuses to start on an invalid setting, with a one-line message', async () => {
    await expect(startServer({ env: { MAX_DEPTH: 'deep' }, timeoutMs: 30_000 })).rejects.toThrow(/Invalid environment variable MAX_DEPTH: must be an integer/);
  }, 60_000);
});
