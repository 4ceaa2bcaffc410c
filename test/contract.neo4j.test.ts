import { contractSuite } from './contract/suite.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

contractSuite('neo4j', () => openNeo4jStore());
