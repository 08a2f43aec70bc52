// Entry of the parse worker when the server runs from its TypeScript sources (tsx, vitest, `npm run cli`): a
// worker thread does not inherit the parent's loader, and `--import tsx` in a worker's execArgv is not honoured
// by Node 20, so the worker registers tsx itself before loading the real entry. The bundle uses
// dist/parse-worker.js instead (build.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
