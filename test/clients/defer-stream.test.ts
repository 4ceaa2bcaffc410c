import { loadSeedGraph } from '../../seed/extract.ts';
import { MemoryGraphStore } from '../../src/store/memory.ts';
import { deferStreamSuite } from './defer-stream.ts';

deferStreamSuite('memory', async () => new MemoryGraphStore(loadSeedGraph().graph));
