import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig } from '../config/env.ts';
import { CatalogueError, parseCatalogue } from '../modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../modules/org-units/use-cases/import-units.ts';
import { openConfiguredDatabase } from '../server.ts';

const USAGE = `Cách dùng: npm run cli -- <lệnh>
  import-units FILE    nhập danh mục đơn vị hành chính (JSON của Tổng cục Thống kê)`;

/** Command-line entry: every command honours DATA_DIR / DATABASE_URL and migrates a fresh database first. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'import-units') return importUnitsCommand(args);
  process.stderr.write(`${USAGE}\n`);
  return command ? 2 : 0;
}

async function importUnitsCommand(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) {
    process.stderr.write('Thiếu đường dẫn tệp. Ví dụ: npm run cli -- import-units units.json\n');
    return 2;
  }
  let catalogue: ReturnType<typeof parseCatalogue>;
  try {
    const text = await readFile(file, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new CatalogueError(`${path.basename(file)}: không phải JSON hợp lệ (${(err as Error).message}).`);
    }
    catalogue = parseCatalogue(json, path.basename(file));
  } catch (err) {
    process.stderr.write(`Không nhập được: ${(err as Error).message}\nKhông có dữ liệu nào được thay đổi.\n`);
    return 1;
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const started = performance.now();
    const summary = await importUnits(
      { db: database.db, now: () => new Date(), log: pino({ level: 'warn' }) },
      { actorUserId: null, catalogue, fileName: path.basename(file) },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Đã nhập ${path.basename(file)} (hiệu lực từ ${catalogue.effectiveOn}) trong ${seconds} s: ` +
        `${summary.created} đơn vị mới, ${summary.renamed} đổi tên, ${summary.closed} hết hiệu lực, ` +
        `${summary.unchanged} không đổi, ${summary.successions} quan hệ sáp nhập.\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `Lỗi: ${(err as Error).message}`}\n`);
    process.exit(1);
  },
);
