import { createInterface } from 'node:readline';
import { passwordSchema } from '@xaso/domain/contracts/auth';
import { usernameSchema } from '@xaso/domain/contracts/users';
import { ORG_UNIT_TYPE_LABELS, type OrgUnitType } from '@xaso/domain/org-unit';
import { ROLE_LABELS, ROLE_UNIT_TYPES, roleSchema } from '@xaso/domain/roles';
import { and, eq, isNull } from 'drizzle-orm';
import { orgUnits, userRoles, users } from '../../db/schema.ts';
import { recordAudit } from '../../modules/audit/record-audit.ts';
import { hashPassword } from '../../modules/auth/passwords.ts';
import { type CliIo, withDatabase } from '../cli-support.ts';

const USAGE =
  'Cách dùng: create-user --username TÊN --display-name "HỌ TÊN" --role VAI_TRÒ --unit MÃ_ĐƠN_VỊ|ID\n' +
  '  Mật khẩu đọc từ đầu vào chuẩn (một dòng), hoặc gõ ẩn khi chạy trong cửa sổ lệnh; không bao giờ truyền trên dòng lệnh.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `create-user`: the only way to make the first administrator on a production server (no demo data there).
 * The password never appears on the command line (it would land in shell history and `ps`): it is read from
 * stdin, without echo on a terminal. Same rules and audit entry as the API's user creation, actor null.
 */
export async function createUserCommand(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args);
  if (!opts) return io.fail(USAGE, 2);
  const username = usernameSchema.safeParse(opts.username);
  if (!username.success) return io.fail(`Lỗi: ${username.error.issues[0]!.message}`, 2);
  const displayName = opts['display-name'].trim();
  if (!displayName || displayName.length > 200)
    return io.fail('Lỗi: Vui lòng nhập họ tên (tối đa 200 ký tự).', 2);
  const role = roleSchema.safeParse(opts.role);
  if (!role.success)
    return io.fail(`Lỗi: vai trò không hợp lệ. Các vai trò: ${Object.keys(ROLE_LABELS).join(', ')}.`, 2);

  const password = passwordSchema.safeParse(await readPassword());
  if (!password.success) return io.fail(`Lỗi: ${password.error.issues[0]!.message}`, 1);

  return withDatabase(async (ctx) => {
    const unitKey = opts.unit.trim();
    const [unit] = await ctx.db
      .select({ id: orgUnits.id, name: orgUnits.name, type: orgUnits.type })
      .from(orgUnits)
      .where(
        UUID.test(unitKey)
          ? eq(orgUnits.id, unitKey)
          : and(eq(orgUnits.gsoCode, unitKey), isNull(orgUnits.validTo)),
      );
    if (!unit)
      return io.fail(
        `Lỗi: không tìm thấy đơn vị “${unitKey}” (mã Tổng cục Thống kê đang hiệu lực hoặc ID).`,
        1,
      );
    const fits = ROLE_UNIT_TYPES[role.data];
    if (!fits.includes(unit.type as OrgUnitType))
      return io.fail(
        `Lỗi: vai trò “${ROLE_LABELS[role.data]}” chỉ gán cho đơn vị cấp ${fits.map((t) => ORG_UNIT_TYPE_LABELS[t]).join(', ')}; “${unit.name}” là ${ORG_UNIT_TYPE_LABELS[unit.type as OrgUnitType]}.`,
        1,
      );
    const passwordHash = await hashPassword(password.data);
    const created = await ctx.db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username.data));
      if (taken) return null;
      const [row] = await tx
        .insert(users)
        .values({ username: username.data, displayName, passwordHash })
        .returning({ id: users.id });
      const grant = { role: role.data, orgUnitId: unit.id };
      await tx.insert(userRoles).values({ userId: row!.id, ...grant });
      await recordAudit(tx, ctx, {
        actorUserId: null,
        action: 'user.created',
        entityType: 'user',
        entityId: row!.id,
        after: { username: username.data, displayName, roles: [grant] },
      });
      return row!.id;
    });
    if (!created) return io.fail(`Lỗi: tên đăng nhập “${username.data}” đã được dùng.`, 1);
    io.out(`Đã tạo tài khoản “${username.data}” (${ROLE_LABELS[role.data]} – ${unit.name}).`);
    return 0;
  });
}

type Options = { username: string; 'display-name': string; role: string; unit: string };

function parseOptions(args: string[]): Options | null {
  const known = ['username', 'display-name', 'role', 'unit'];
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]?.startsWith('--') ? args[i]!.slice(2) : '';
    const value = args[i + 1];
    if (!known.includes(name) || value === undefined || name in found) return null;
    found[name] = value;
  }
  return known.every((k) => k in found) ? (found as Options) : null;
}

/** One line from stdin; on a terminal the prompt goes to stderr and the typed characters are not echoed. */
async function readPassword(): Promise<string> {
  const tty = process.stdin.isTTY;
  if (tty) process.stderr.write('Mật khẩu: ');
  // terminal mode without an output stream: raw input, nothing echoed back to the screen.
  const rl = createInterface({ input: process.stdin, terminal: tty });
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
    if (tty) process.stderr.write('\n');
  }
}
