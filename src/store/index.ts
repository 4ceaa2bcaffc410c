import type { Config } from '../config.ts';
import type { GraphStore } from './graph-store.ts';
import { MemoryGraphStore } from './memory.ts';

/**
 * The embedded store when NEO4J_URI is unset, Neo4j otherwise. The embedded store loads SEED_SOURCE (the
 * bundled document by default) and throws, with a one-line message, when that source is damaged: the
 * server never serves part of the graph.
 */
export async function openStore(config: Config): Promise<GraphStore> {
  if (!config.NEO4J_URI) {
    const { loadSeedGraph, loadUsableGraph } = await import('../../seed/extract.ts');
    const store = new MemoryGraphStore((config.SEED_SOURCE ? loadUsableGraph(config.SEED_SOURCE) : loadSeedGraph()).graph, { researchTimeoutMs: config.OPERATION_TIMEOUT_MS });
    // The research worker starts with the server, so that the first search does not wait for it, and a worker that cannot start stops the start-up.
    await store.startResearch();
    return store;
  }
  const { Neo4jGraphStore } = await import('./neo4j/store.ts');
  return Neo4jGraphStore.connect(config);
}
