// An extraction worker thread's entry (see pool.ts): TypeScript through tsx's loader, then the
// worker itself. Plain JavaScript, so that it starts the same way under `npm start` (tsx),
// vitest and bin/claimgraph.js — the pool starts it without the parent's Node flags.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
