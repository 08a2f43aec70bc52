// Bundles the server into one ES module for `npm start`: loading ~150 TypeScript files through tsx takes ~2 s
// of every start, the bundle ~0.3 s (decision 001). npm packages stay external; the workspace's own domain
// package is bundled in, since Node cannot load its .ts sources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const manifest = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
await build({
  // The framework parse worker is a second entry: the server starts it by URL next to main.js (parse-in-worker.ts).
  entryPoints: {
    main: path.join(here, 'src/main.ts'),
    'parse-worker': path.join(here, 'src/modules/frameworks/parse/parse-worker.ts'),
  },
  outdir: path.join(here, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@xaso/')),
  logLevel: 'warning',
});
