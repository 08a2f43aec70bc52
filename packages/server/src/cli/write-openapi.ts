import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client.ts';
import { buildApp } from '../http/app.ts';
import { createLogger } from '../http/logger.ts';
import { LocalFileStorage } from '../storage/local-file-storage.ts';

/**
 * Writes the API description (OpenAPI, JSON) the server publishes at /api/docs/json to the file given as the
 * only argument, without listening on a port: `npm run lint:api` lints what this writes. The app is built as
 * in production with API_DOCS=off, so the document is the one deployed even where the docs page is closed.
 * The routes need a database only to be registered (the document queue looks for interrupted jobs): an
 * empty in-memory one serves.
 */
async function main(target: string | undefined): Promise<number> {
  if (!target) {
    process.stderr.write('Cách dùng: node --import tsx packages/server/src/cli/write-openapi.ts TỆP.json\n');
    return 2;
  }
  const database = await openDatabase({ pgliteDir: null });
  await database.migrate();
  const app = await buildApp({
    db: database.db,
    now: () => new Date(),
    // Never written to: no request is served.
    storage: new LocalFileStorage(path.join(tmpdir(), 'xaso-openapi-unused')),
    config: {
      sessionTtlHours: 12,
      secureCookies: true,
      webDist: '/nonexistent',
      logLevel: 'warn',
      nodeEnv: 'production',
      maxUploadBytes: 50 * 1024 * 1024,
      soffice: {},
      apiDocs: 'off',
    },
    log: createLogger('warn'),
  });
  try {
    await app.ready();
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    writeFileSync(target, `${JSON.stringify(app.swagger(), null, 2)}\n`);
    return 0;
  } finally {
    await app.close();
    await database.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
