import { ConfigError, loadConfig } from './config/env.ts';
import { safeErrorMessage } from './http/logger.ts';
import { listenBanner } from './listen-address.ts';
import { demoAccountsText, startServer } from './server.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const server = await startServer(config);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const db = server.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${config.dataDir})`;
  process.stdout.write(`\n${listenBanner(server.listening)}\n  CSDL: ${db}; khởi động ${seconds} s\n`);
  if (config.nodeEnv !== 'production') process.stdout.write(`${demoAccountsText()}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    // Finish requests in flight, then close the database so the embedded one is left consistent.
    await server.app.close();
    await server.database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`Không khởi động được máy chủ: ${safeErrorMessage(err)}\n`);
  process.exit(1);
});
