// The server as clients reach it: the app of src/yoga.ts behind node:http, listening on a free port of
// 127.0.0.1, on the embedded store unless a store is given.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSeedGraph } from '../../seed/extract.ts';
import { loadConfig } from '../../src/config.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { MemoryGraphStore } from '../../src/store/memory.ts';
import { createApp } from '../../src/yoga.ts';

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql */
  url: string;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}, store: GraphStore = new MemoryGraphStore(loadSeedGraph().graph)): Promise<RunningServer> {
  const server = createServer(createApp(store, loadConfig({ LOG_LEVEL: 'silent', ...env })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
