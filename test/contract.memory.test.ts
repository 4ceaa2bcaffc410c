import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { idConsistencySuite } from './contract/ids.ts';
import { researchSuite } from './contract/research.ts';
import { contractSuite } from './contract/suite.ts';
import { facetSuite } from './contract/facets.ts';

contractSuite('memory', async () => new MemoryGraphStore(loadSeedGraph().graph));

researchSuite('memory', async () => new MemoryGraphStore(loadSeedGraph().graph));

idConsistencySuite('memory', async () => new MemoryGraphStore(loadSeedGraph().graph));

facetSuite('memory', async () => new MemoryGraphStore(loadSeedGraph().graph));
