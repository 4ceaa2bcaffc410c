// Our server for the benchmark: the same createApp() as src/server.ts, on the store the benchmark
// asks for. BENCH_STORE=memory|neo4j; BENCH_SCALE=N builds the embedded store from bench/scale.ts's
// graph at factor N (the Neo4j one is seeded by the benchmark). Every other variable is src/config.ts's.
// Prints "listening <port>" when ready.
import { createServer } from 'node:http';
import { loadSeedGraph } from '../seed/extract.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { Neo4jGraphStore } from '../src/store/neo4j/store.ts';
import { createApp } from '../src/yoga.ts';
import { scaleGraph } from './scale.ts';

async function main() {
  const config = loadConfig();
  const store: GraphStore =
    process.env.BENCH_STORE === 'neo4j'
      ? await Neo4jGraphStore.connect(config)
      : new MemoryGraphStore(scaleGraph(loadSeedGraph().graph, Number(process.env.BENCH_SCALE ?? 1)));
  const server = createServer(createApp(store, config, { logger: createLogger(config) }));
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
  });
  process.on('SIGTERM', () => server.close(() => store.close().then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
