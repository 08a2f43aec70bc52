import type { OrgUnit } from '@xaso/domain/contracts/org-units';
import { searchKey } from '@xaso/domain/text';
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { orgUnits } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { inScopeSql } from '../../auth/scope.ts';
import { orgUnitPolicy } from '../policy.ts';
import { presentOrgUnit } from '../presenters.ts';
import { childCountSql, idsOfPath, validOnSql, vietnamDay } from '../queries.ts';

const SEARCH_LIMIT = 50;
/** A province has a few hundred communes; the largest about a thousand. */
const WITHIN_LIMIT = 5000;
const collator = new Intl.Collator('vi');

/**
 * Units for the browser: the children of a unit, every unit below one (optionally of one type), the matches
 * of a diacritic-insensitive search, or (with none of these) the top units of the user's scope. Each comes with the names of its ancestors.
 */
export async function listOrgUnits(
  ctx: Ctx,
  options: {
    actor: Actor;
    parentId?: string | undefined;
    within?: string | undefined;
    type?: OrgUnit['type'] | undefined;
    q?: string | undefined;
    on?: string | undefined;
  },
): Promise<Array<OrgUnit & { path: string[] }>> {
  const day = options.on ?? vietnamDay(ctx.now());
  const scope = orgUnitPolicy.readScope(options.actor);
  const columns = { unit: orgUnits, childCount: childCountSql(day) };
  let rows: Array<{ unit: typeof orgUnits.$inferSelect; childCount: number }>;

  if (options.parentId) {
    const [parent] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, options.parentId));
    if (!parent) throw AppError.notFound();
    orgUnitPolicy.assertCanRead(options.actor, parent.path);
    rows = await ctx.db
      .select(columns)
      .from(orgUnits)
      .where(and(eq(orgUnits.parentId, parent.id), validOnSql(day)));
  } else if (options.within) {
    const [top] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, options.within));
    if (!top) throw AppError.notFound();
    orgUnitPolicy.assertCanRead(options.actor, top.path);
    rows = await ctx.db
      .select(columns)
      .from(orgUnits)
      .where(
        and(
          inScopeSql(orgUnits.path, [top.path]),
          ne(orgUnits.id, top.id),
          options.type ? eq(orgUnits.type, options.type) : undefined,
          validOnSql(day),
        ),
      )
      .limit(WITHIN_LIMIT);
  } else if (options.q) {
    const key = searchKey(options.q);
    if (!key) return [];
    rows = await ctx.db
      .select(columns)
      .from(orgUnits)
      .where(
        and(
          inScopeSql(orgUnits.path, scope),
          validOnSql(day),
          or(
            sql`${orgUnits.searchKey} like ${`%${escapeLike(key)}%`}`,
            eq(orgUnits.gsoCode, options.q.trim()),
          ),
        ),
      )
      .orderBy(orgUnits.depth, orgUnits.name)
      .limit(SEARCH_LIMIT);
  } else {
    const topIds = scope.map((p) => idsOfPath(p).at(-1)!);
    rows = topIds.length
      ? await ctx.db.select(columns).from(orgUnits).where(inArray(orgUnits.id, topIds))
      : [];
  }

  const names = await ancestorNames(
    ctx,
    rows.map((r) => r.unit.path),
  );
  const items = rows.map((r) => ({
    ...presentOrgUnit(r.unit, r.childCount),
    path: idsOfPath(r.unit.path)
      .slice(0, -1)
      .map((id) => names.get(id) ?? ''),
  }));
  // Search hits keep their order (higher levels first); lists are sorted as a Vietnamese reader expects.
  if (!options.q)
    items.sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || collator.compare(a.name, b.name));
  return items;
}

function typeOrder(type: OrgUnit['type']): number {
  return { province: 0, district: 1, commune: 2, department: 3 }[type];
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function ancestorNames(ctx: Ctx, paths: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(paths.flatMap((p) => idsOfPath(p).slice(0, -1)))];
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
