import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../http/app-error.ts';
import { listFrameworkSummaries, loadFrameworkDetail } from '../../modules/frameworks/load-versions.ts';
import { importFramework } from '../../modules/frameworks/use-cases/import-framework.ts';
import { type CliIo, withDatabase } from '../cli-support.ts';

/** `import-framework FILE`: YAML or the Excel template; a bad file imports nothing and lists every error. */
export async function importFrameworkCommand(args: string[], io: CliIo): Promise<number> {
  const file = args[0];
  if (!file)
    return io.fail('Thiếu đường dẫn tệp. Ví dụ: npm run cli -- import-framework qd-1829-2023.yaml', 2);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return io.fail(`Không đọc được tệp ${file}.`);
  }
  return withDatabase(async (ctx) => {
    const res = await importFramework(ctx, {
      actor: null,
      bytes,
      fileName: path.basename(file),
      dryRun: false,
    });
    if (!res.ok) {
      const lines = res.errors.map((e) => `  ${e.location}${e.field ? ` [${e.field}]` : ''}: ${e.message}`);
      return io.fail(
        `Không nhập được ${path.basename(file)}; không có dữ liệu nào được thay đổi:\n${lines.join('\n')}`,
      );
    }
    const f = res.framework!;
    io.out(
      res.created
        ? `Đã nhập "${f.title}" (${f.id}), phiên bản ${res.version}: ${f.itemCount} mục.`
        : `"${f.title}" (${f.id}) đã có với nội dung này (phiên bản ${res.version}); không thay đổi gì.`,
    );
    return 0;
  });
}

/** `frameworks list [--json]` and `frameworks show ID [--version N] [--json]`: the stable CLI contract. */
export async function frameworksCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const json = rest.includes('--json');
  return withDatabase(async (ctx) => {
    if (sub === 'list') {
      const items = await listFrameworkSummaries(ctx.db);
      if (json) {
        io.out(
          JSON.stringify(
            items.map(({ id, title, kind, legalBasis, years }) => ({ id, title, kind, legalBasis, years })),
            null,
            2,
          ),
        );
      } else {
        for (const f of items)
          io.out(`${f.id.padEnd(28)} ${f.kind.padEnd(8)} ${f.legalBasis.number.padEnd(16)} ${f.title}`);
      }
      return 0;
    }
    if (sub === 'show') {
      const id = rest.find((a) => !a.startsWith('--'));
      if (!id) return io.fail('Thiếu mã bộ. Ví dụ: npm run cli -- frameworks show qd-1829-2023 --json', 2);
      const versionArg = rest.indexOf('--version');
      const version = versionArg >= 0 ? Number(rest[versionArg + 1]) : undefined;
      try {
        const detail = await loadFrameworkDetail(ctx.db, id, version);
        io.out(JSON.stringify(detail.framework, null, json ? 2 : 2));
        return 0;
      } catch (err) {
        if (err instanceof AppError && err.code === 'NOT_FOUND')
          return io.fail(`Không có bộ tiêu chí/chỉ số "${id}".`);
        throw err;
      }
    }
    return io.fail('Cách dùng: frameworks list [--json] | frameworks show ID [--version N] [--json]', 2);
  });
}
