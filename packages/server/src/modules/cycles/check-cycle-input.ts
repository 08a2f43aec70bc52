import { roundKey } from '@xaso/domain/cycle/lifecycle';
import type { NormalisedFramework } from '@xaso/domain/framework/normalise';
import type { APPLIES_TO } from '@xaso/domain/framework/schema';
import { isValidOn } from '@xaso/domain/org-unit';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cycles, frameworkVersions, orgUnits } from '../../db/schema.ts';

const LEVEL: Record<(typeof APPLIES_TO)[number], string> = {
  commune: 'cấp xã',
  district: 'cấp huyện',
  department: 'cấp phòng, ban',
};

/**
 * A cycle assesses communes, so its frameworks must be written for communes: a district criteria set applied
 * to communes would score them against targets meant for a district. The message goes on the form's field.
 */
export function checkAppliesToCommunes(
  framework: NormalisedFramework,
  field: 'criteriaFrameworkId' | 'indexFrameworkId',
  fields: Record<string, string>,
): void {
  if (framework.appliesTo === 'commune') return;
  const what = framework.kind === 'criteria' ? 'Bộ tiêu chí' : 'Bộ chỉ số';
  fields[field] =
    `${what} "${framework.title}" dành cho ${LEVEL[framework.appliesTo]}, không dùng được cho kỳ đánh giá các xã.`;
}

/**
 * A second cycle of the same area, year and criteria set would show twice to every commune. It is allowed only
 * as a named round ("Đợt 2") that differs from every other; `exceptId` is the cycle being edited.
 */
export async function checkNotDuplicate(
  db: Db,
  candidate: {
    scopeId: string;
    scopeName: string;
    year: number;
    criteriaFrameworkId: string;
    round: string | null;
    exceptId?: string;
  },
  fields: Record<string, string>,
): Promise<void> {
  const alike = await db
    .select({ round: cycles.round })
    .from(cycles)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, cycles.criteriaFrameworkVersionId))
    .where(
      and(
        eq(cycles.scopeId, candidate.scopeId),
        eq(cycles.year, candidate.year),
        eq(frameworkVersions.frameworkId, candidate.criteriaFrameworkId),
        candidate.exceptId ? ne(cycles.id, candidate.exceptId) : undefined,
      ),
    );
  if (!alike.some((c) => roundKey(c.round) === roundKey(candidate.round))) return;
  fields.round = candidate.round
    ? `Đã có đợt "${candidate.round}" năm ${candidate.year} của ${candidate.scopeName} với bộ tiêu chí này. Đặt tên đợt khác.`
    : `Đã có kỳ đánh giá năm ${candidate.year} của ${candidate.scopeName} với bộ tiêu chí này. Nếu đây là một đợt đánh giá khác, hãy đặt tên đợt (ví dụ "Đợt 2").`;
}

/**
 * Communes newly put in a cycle must be communes in force inside its area. `communeIds` are checked in order so
 * the message lands on the right row of the form; `alreadyMembers` (kept from before) are not re-checked: a
 * commune merged since the cycle opened stays in the year it belongs to.
 */
export async function checkCommunes(
  db: Db,
  options: { scopePath: string; communeIds: string[]; today: string; alreadyMembers?: ReadonlySet<string> },
  fields: Record<string, string>,
): Promise<void> {
  const fresh = options.communeIds.filter((id) => !options.alreadyMembers?.has(id));
  const communes = fresh.length ? await db.select().from(orgUnits).where(inArray(orgUnits.id, fresh)) : [];
  const bad = options.communeIds.findIndex((id) => {
    if (options.alreadyMembers?.has(id)) return false;
    const c = communes.find((u) => u.id === id);
    return c?.type !== 'commune' || !c.path.startsWith(options.scopePath) || !isValidOn(c, options.today);
  });
  if (bad >= 0) fields[`communeIds.${bad}`] = 'Đơn vị không phải xã đang có hiệu lực thuộc địa bàn này.';
}

/** Every criterion marked not applicable must exist in the pinned criteria set. */
export function checkExclusions(
  criteria: NormalisedFramework | null,
  exclusions: ReadonlyArray<{ itemCode: string }>,
  fields: Record<string, string>,
): void {
  const codes = new Set(criteria?.groups.flatMap((g) => g.items.map((i) => i.code)) ?? []);
  exclusions.forEach((e, i) => {
    if (!codes.has(e.itemCode))
      fields[`exclusions.${i}.itemCode`] = `Bộ tiêu chí không có tiêu chí ${e.itemCode}.`;
  });
  const seen = new Set<string>();
  exclusions.forEach((e, i) => {
    if (seen.has(e.itemCode))
      fields[`exclusions.${i}.itemCode`] = `Tiêu chí ${e.itemCode} đã có trong danh sách.`;
    seen.add(e.itemCode);
  });
}
