import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { openStore } from './store/index.ts';
import { createApp } from './yoga.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const app = createApp(store, config);
  const server = createServer(app);

  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    console.log(`gcm-graph on the ${store.name} store: GraphiQL at http://${config.HOST}:${port}/graphql`);
  });

  const shutdown = () => {
    server.close(() => void store.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `gcm-graph failed to start: ${(error as Error).message}`);
  process.exit(1);
});
