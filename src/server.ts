import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import type { Lifecycle } from './plugins/health.ts';
import { openStore } from './store/index.ts';
import { createApp } from './yoga.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  // A stray rejection is a bug to log and fix, not a reason to drop every request in flight.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  // An uncaught exception still ends the process (its state is unknown); this only puts it in the log first.
  process.on('uncaughtExceptionMonitor', (error, origin) => logger.fatal({ err: error, origin }, 'uncaught exception'));

  const store = await openStore(config);
  const lifecycle: Lifecycle = { draining: false };
  const app = createApp(store, config, { logger, lifecycle });
  const server = createServer(app);
  // A client sending its request slowly gets cut off shortly after the operation deadline.
  server.requestTimeout = config.OPERATION_TIMEOUT_MS + 5_000;

  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    logger.info({ store: store.name, port, url: `http://${config.HOST}:${port}/graphql` }, `gcm-graph on the ${store.name} store: GraphiQL at http://${config.HOST}:${port}/graphql`);
  });

  /** Exits once the log lines written so far are out, in order. */
  const exit = (code: number) => logger.flush(() => process.exit(code));

  /** Stop accepting, let requests in flight finish, close the store, exit; exit 1 if that takes too long. */
  const shutdown = (signal: NodeJS.Signals) => {
    if (lifecycle.draining) return;
    lifecycle.draining = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const started = performance.now();
    const deadline = setTimeout(() => {
      logger.error({ afterMs: config.SHUTDOWN_TIMEOUT_MS }, 'requests still in flight at the shutdown deadline; exiting anyway');
      exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    server.close(async () => {
      // Plugins let go of what they hold (the shared response cache's Redis connection, whose close cannot fail).
      await app.dispose();
      try {
        await store.close();
      } catch (error) {
        logger.error({ err: error }, 'closing the store failed');
      }
      logger.info({ durationMs: Math.round(performance.now() - started) }, 'stopped');
      exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `gcm-graph failed to start: ${(error as Error).message}`);
  process.exit(1);
});
