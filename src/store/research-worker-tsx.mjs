// The research worker from the TypeScript sources (`npm start`, the tests): a worker thread loads none of
// its parent's module hooks, so it registers tsx's before loading research-worker.ts. The build runs
// dist/research-worker.js instead (src/store/research-thread.ts picks which).
import { register } from 'tsx/esm/api';

register();
await import('./research-worker.ts');
