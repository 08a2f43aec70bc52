import { randomUUID } from 'node:crypto';
import { searchKey } from '@xaso/domain/text';
import { and, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { orgUnits, userRoles, users } from '../db/schema.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { parseCatalogue } from '../modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../modules/org-units/use-cases/import-units.ts';
import { DEMO_ACCOUNTS, DEMO_CATALOGUE, DEMO_DEPARTMENTS, DEMO_PASSWORD } from './demo-data.ts';

/**
 * Loads the demo units and accounts; does nothing when any user exists. Never throws: the demo is a convenience
 * and must not stop the server, so whatever prevents it is said in one log line.
 */
export async function loadDemoData(ctx: Ctx): Promise<boolean> {
  try {
    return await loadDemo(ctx);
  } catch (err) {
    ctx.log.warn(`Không nạp dữ liệu mẫu: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}

async function loadDemo(ctx: Ctx): Promise<boolean> {
  const [existing] = await ctx.db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;

  // Over an imported official catalogue the demo adds its accounts only: importing the demo catalogue there
  // would rename or close real units (its date precedes the 2025 merges).
  const [catalogued] = await ctx.db.select({ n: count() }).from(orgUnits).where(isNotNull(orgUnits.gsoCode));
  if ((catalogued?.n ?? 0) === 0)
    await importUnits(ctx, {
      actorUserId: null,
      catalogue: parseCatalogue(DEMO_CATALOGUE, 'demo'),
      fileName: 'demo',
    });
  const codes = [...new Set(DEMO_ACCOUNTS.map((a) => a.unitCode))];
  const units = await ctx.db
    .select()
    .from(orgUnits)
    .where(and(inArray(orgUnits.gsoCode, codes), isNull(orgUnits.validTo)));
  const byCode = new Map(units.map((u) => [u.gsoCode, u]));
  const missing = codes.filter((c) => !byCode.has(c));
  if (missing.length > 0) {
    ctx.log.warn(
      `Không nạp dữ liệu mẫu: các đơn vị mẫu (mã ${missing.join(', ')}) không còn hiệu lực trong danh mục đã nhập. ` +
        'Tạo tài khoản quản trị bằng lệnh: npm run cli -- create-user',
    );
    return false;
  }
  const district = byCode.get('396')!;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await ctx.db.transaction(async (tx) => {
    await tx.insert(orgUnits).values(
      DEMO_DEPARTMENTS.map((name) => {
        const id = randomUUID();
        return {
          id,
          gsoCode: null,
          name,
          searchKey: searchKey(name),
          type: 'department',
          subtype: null,
          parentId: district.id,
          path: `${district.path}${id}/`,
          depth: district.depth + 1,
        };
      }),
    );
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await tx
        .insert(users)
        .values({ username: account.username, displayName: account.displayName, passwordHash })
        .returning({ id: users.id });
      await tx
        .insert(userRoles)
        .values({ userId: user!.id, role: account.role, orgUnitId: byCode.get(account.unitCode)!.id });
    }
  });
  return true;
}

export async function demoUnitId(ctx: Ctx, gsoCode: string): Promise<string> {
  const [unit] = await ctx.db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.gsoCode, gsoCode), isNull(orgUnits.validTo)));
  if (!unit) throw new Error(`demo unit ${gsoCode} missing`);
  return unit.id;
}
