import { badInputBattery } from './bad-input/battery.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

badInputBattery('neo4j', () => openNeo4jStore());
