import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CatalogueError, parseCatalogue } from '../../modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../../modules/org-units/use-cases/import-units.ts';
import { type CliIo, withDatabase } from '../cli-support.ts';

/** `import-units FILE`: a statistics-office catalogue, all or nothing, idempotent. */
export async function importUnitsCommand(args: string[], io: CliIo): Promise<number> {
  const file = args[0];
  if (!file) return io.fail('Thiếu đường dẫn tệp. Ví dụ: npm run cli -- import-units units.json', 2);
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
    return io.fail(`Không nhập được: ${(err as Error).message}\nKhông có dữ liệu nào được thay đổi.`);
  }
  return withDatabase(async (ctx) => {
    const started = performance.now();
    const summary = await importUnits(ctx, { actorUserId: null, catalogue, fileName: path.basename(file) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `Đã nhập ${path.basename(file)} (hiệu lực từ ${catalogue.effectiveOn}) trong ${seconds} s: ` +
        `${summary.created} đơn vị mới, ${summary.renamed} đổi tên, ${summary.closed} hết hiệu lực, ` +
        `${summary.unchanged} không đổi, ${summary.successions} quan hệ sáp nhập.`,
    );
    return 0;
  });
}
