import type { Config } from '../config.ts';
import type { GraphStore } from './graph-store.ts';
import { MemoryGraphStore } from './memory.ts';

/** The embedded store when NEO4J_URI is unset, Neo4j otherwise. */
export async function openStore(config: Config): Promise<GraphStore> {
  if (!config.NEO4J_URI) {
    const { loadSeedGraph } = await import('../../seed/extract.ts');
    return new MemoryGraphStore(loadSeedGraph().graph);
  }
  const { Neo4jGraphStore } = await import('./neo4j/store.ts');
  return Neo4jGraphStore.connect(config);
}
