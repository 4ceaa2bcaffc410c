import { readmeSuite } from './contract/readme.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

// The README prints the embedded store's answers; Neo4j must give the same ones.
readmeSuite('neo4j', () => openNeo4jStore({ NEO4J_TX_TIMEOUT_MS: '120000' }));
