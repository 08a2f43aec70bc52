import type { OrgUnitDetail } from '@xaso/domain/contracts/org-units';
import { orgUnitTypeSchema } from '@xaso/domain/org-unit';
import { eq, inArray } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { orgUnits } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { orgUnitPolicy } from '../policy.ts';
import { presentOrgUnit } from '../presenters.ts';
import { childCountSql, idsOfPath, vietnamDay } from '../queries.ts';
import { listOrgUnits } from './list-org-units.ts';

/** One unit with its ancestors (for the breadcrumb) and its children in force today. */
export async function getOrgUnit(ctx: Ctx, options: { actor: Actor; id: string }): Promise<OrgUnitDetail> {
  const day = vietnamDay(ctx.now());
  const [row] = await ctx.db
    .select({ unit: orgUnits, childCount: childCountSql(day) })
    .from(orgUnits)
    .where(eq(orgUnits.id, options.id));
  if (!row) throw AppError.notFound();
  orgUnitPolicy.assertCanRead(options.actor, row.unit.path);
  const ancestorIds = idsOfPath(row.unit.path).slice(0, -1);
  const ancestors = ancestorIds.length
    ? await ctx.db
        .select({ id: orgUnits.id, name: orgUnits.name, type: orgUnits.type })
        .from(orgUnits)
        .where(inArray(orgUnits.id, ancestorIds))
    : [];
  ancestors.sort((a, b) => ancestorIds.indexOf(a.id) - ancestorIds.indexOf(b.id));
  const children = await listOrgUnits(ctx, { actor: options.actor, parentId: row.unit.id });
  return {
    ...presentOrgUnit(row.unit, row.childCount),
    ancestors: ancestors.map((a) => ({ ...a, type: orgUnitTypeSchema.parse(a.type) })),
    children: children.map(({ path: _path, ...child }) => child),
  };
}
