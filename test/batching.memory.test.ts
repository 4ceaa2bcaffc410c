import { describe } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { batchingSuite } from './contract/batching.ts';

describe('memory store', () => {
  batchingSuite(async () => new MemoryGraphStore(loadSeedGraph().graph));
});
