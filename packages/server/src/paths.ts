import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The server package's own directory, found by walking up to its package.json. The code runs both from its
 * sources (tests, CLI, `npm run dev`) and bundled into `dist/main.js` (`npm start`), so paths are not fixed
 * relative to the current file.
 */
function findServerRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@xaso/server'
    ) {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the @xaso/server package above ${from}`);
  }
}

const serverRoot = findServerRoot(import.meta.dirname);

export const PATHS = {
  migrations: path.join(serverRoot, 'drizzle'),
  webDist: path.resolve(serverRoot, '../web/dist'),
  frameworks: path.resolve(serverRoot, '../../frameworks'),
};
