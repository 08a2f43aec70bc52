import path from 'node:path';
import { loadConfig } from '../../config/env.ts';
import { checkStorage } from '../../storage/check-storage.ts';
import { LocalFileStorage } from '../../storage/local-file-storage.ts';
import { isKeyReferenced } from '../../storage/storage-references.ts';
import { type CliIo, withDatabase } from '../cli-support.ts';

const TABLE_LABEL = { evidence: 'minh chứng', generated_documents: 'văn bản đã tạo' } as const;

/**
 * `check-storage [--json] [--delete-orphans]`: files no row names, rows without their file, and what dead
 * processes left in staging. Exits 1 when anything is wrong (after `--delete-orphans`, when anything is still
 * wrong: a row without its file cannot be repaired from here). Safe beside a running server.
 */
export async function checkStorageCommand(args: string[], io: CliIo): Promise<number> {
  const unknown = args.filter((a) => a !== '--json' && a !== '--delete-orphans');
  if (unknown.length > 0) return io.fail('Cách dùng: check-storage [--json] [--delete-orphans]', 2);
  const json = args.includes('--json');
  const repair = args.includes('--delete-orphans');
  const filesDir = path.join(loadConfig().dataDir, 'files');
  const storage = new LocalFileStorage(filesDir);
  return withDatabase(async (ctx) => {
    const found = await checkStorage(ctx.db, storage);
    let deleted: string[] = [];
    if (repair) {
      for (const key of found.orphans) await storage.remove(key);
      await storage.recoverStaging((key) => isKeyReferenced(ctx.db, key));
      deleted = [...found.orphans, ...found.staging];
    }
    const left = repair ? { ...found, orphans: [], staging: [] } : found;
    const wrong = left.orphans.length + left.missing.length + left.staging.length > 0;
    if (json) {
      io.out(JSON.stringify({ filesDir, ...found, deleted, ok: !wrong }, null, 2));
      return wrong ? 1 : 0;
    }
    const lines = [`Kho tệp: ${filesDir}`];
    lines.push(`Tệp không thuộc bản ghi nào: ${found.orphans.length}`);
    lines.push(...found.orphans.map((k) => `  ${k}`));
    lines.push(`Bản ghi thiếu tệp: ${found.missing.length}`);
    lines.push(...found.missing.map((r) => `  ${TABLE_LABEL[r.table]} ${r.id} "${r.fileName}": ${r.key}`));
    lines.push(`Tệp tạm bị bỏ lại (tiến trình đã dừng): ${found.staging.length}`);
    lines.push(...found.staging.map((f) => `  ${f}`));
    if (repair) lines.push(`Đã xoá ${deleted.length} tệp không thuộc bản ghi nào và tệp tạm bị bỏ lại.`);
    if (left.missing.length > 0)
      lines.push('Bản ghi thiếu tệp cần khôi phục tệp từ bản sao lưu; lệnh này không tự sửa được.');
    else if (!wrong) lines.push('Kho tệp khớp với cơ sở dữ liệu.');
    else lines.push('Chạy lại với --delete-orphans để xoá tệp không thuộc bản ghi nào và tệp tạm bị bỏ lại.');
    if (wrong) return io.fail(lines.join('\n'), 1);
    io.out(lines.join('\n'));
    return 0;
  });
}
