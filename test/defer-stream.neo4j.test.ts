import { deferStreamSuite } from './clients/defer-stream.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

deferStreamSuite('neo4j', () => openNeo4jStore());
