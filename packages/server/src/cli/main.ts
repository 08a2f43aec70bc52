import { ConfigError } from '../config/env.ts';
import { safeErrorMessage } from '../http/logger.ts';
import { processIo } from './cli-support.ts';
import { checkStorageCommand } from './commands/check-storage.ts';
import { createUserCommand } from './commands/create-user.ts';
import { frameworksCommand, importFrameworkCommand } from './commands/frameworks.ts';
import { importUnitsCommand } from './commands/import-units.ts';
import { scoreCommand } from './commands/score.ts';

const USAGE = `Cách dùng: npm run cli -- <lệnh>
  import-units FILE                       nhập danh mục đơn vị hành chính (JSON của Tổng cục Thống kê)
  import-framework FILE                   nhập bộ tiêu chí/chỉ số (YAML hoặc mẫu Excel)
  frameworks list [--json]                liệt kê các bộ tiêu chí/chỉ số
  frameworks show ID [--version N] [--json]
  score --framework ID --year YYYY --input FILE.json [--threshold 70] [--json]
                                          chấm điểm, đánh giá từ số liệu gốc (mã thoát 1 nếu có mục lỗi)
  create-user --username TÊN --display-name "HỌ TÊN" --role VAI_TRÒ --unit MÃ_ĐƠN_VỊ|ID
                                          tạo tài khoản (vd. quản trị đầu tiên); mật khẩu đọc từ đầu vào chuẩn
  check-storage [--json] [--delete-orphans]
                                          đối chiếu kho tệp với cơ sở dữ liệu: tệp không thuộc bản ghi nào,
                                          bản ghi thiếu tệp, tệp tạm bị bỏ lại (mã thoát 1 nếu có)`;

const COMMANDS: Record<string, (args: string[], io: typeof processIo) => Promise<number>> = {
  'import-units': importUnitsCommand,
  'import-framework': importFrameworkCommand,
  frameworks: frameworksCommand,
  score: scoreCommand,
  'check-storage': checkStorageCommand,
  'create-user': createUserCommand,
};

/** Command-line entry: every command honours DATA_DIR / DATABASE_URL and migrates a fresh database first. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) return processIo.fail(USAGE, command ? 2 : 0);
  return run(args, processIo);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `Lỗi: ${safeErrorMessage(err)}`}\n`);
    process.exit(1);
  },
);
