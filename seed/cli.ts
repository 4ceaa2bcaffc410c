// The compiled seed's entry point (dist/seed.js). The bundle splits load-neo4j.ts into a chunk shared
// with the import mode, where its own "run when started directly" check sees the chunk's URL.
import { runSeedCommand } from './load-neo4j.ts';

runSeedCommand();
