import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { badInputBattery } from './bad-input/battery.ts';

badInputBattery('memory', async () => new MemoryGraphStore(loadSeedGraph().graph));
