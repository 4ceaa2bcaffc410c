import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { Neo4jGraphStore } from '../../src/store/neo4j/store.ts';

/** The configuration of the Neo4j from test/setup/neo4j-global.ts; `env` overrides any variable. */
export function neo4jTestConfig(env: Record<string, string> = {}): Config & { NEO4J_URI: string } {
  if (!inject('neo4jUri')) {
    throw new Error('No Neo4j for this test: *.neo4j.test.ts files run in the vitest project with globalSetup test/setup/neo4j-global.ts');
  }
  const config = loadConfig({
    NEO4J_USER: process.env.NEO4J_USER,
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_DATABASE,
    NEO4J_URI: inject('neo4jUri'),
    ...env,
  });
  return { ...config, NEO4J_URI: config.NEO4J_URI! };
}

export function openNeo4jStore(env: Record<string, string> = {}): Promise<Neo4jGraphStore> {
  return Neo4jGraphStore.connect(neo4jTestConfig(env));
}

/**
 * The routing form (neo4j://) of a Bolt URI, as clusters and Aura are reached: the driver asks the server
 * for its routing table and sends reads to readers. A neo4j:// URI is returned as it is.
 */
export function routingUriOf(uri: string): string {
  return uri.replace(/^bolt(?=(\+s|\+ssc)?:\/\/)/, 'neo4j');
}
