import type { MatrixResponse } from '@xaso/domain/contracts/steering';
import { type ResponsibilityRow, unassignedCriteria } from '@xaso/domain/steering/responsibility';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import type { AreaChoices } from './area-choices.ts';
import type { CycleCriterion } from './cycle-criteria.ts';
import { loadUnitAndPartnerNames } from './unit-partner-names.ts';

/** Names of every unit, partner and person the rows name, including any no longer offered (a closed unit). */
export type MatrixNames = {
  units: Map<string, string>;
  partners: Map<string, string>;
  members: Map<string, string>;
};

export async function loadMatrixNames(db: Db, rows: readonly ResponsibilityRow[]): Promise<MatrixNames> {
  const memberIds = [...new Set(rows.flatMap((r) => r.responsibleMemberId ?? []))];
  const [named, m] = await Promise.all([
    loadUnitAndPartnerNames(
      db,
      rows.flatMap((r) => [r.leadUnitId ?? [], r.coordinatingUnitIds].flat()),
      rows.flatMap((r) => r.partnerIds),
    ),
    memberIds.length
      ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, memberIds))
      : [],
  ]);
  return { ...named, members: new Map(m.map((x) => [x.id, x.name])) };
}

/**
 * The criteria nobody answers for: `unassignedCriteria`, less the criteria the office marked not applicable
 * this cycle, which need no one (2.5 in Thường Xuân).
 */
export function unassignedOf(rows: readonly ResponsibilityRow[], excluded: ReadonlySet<string>): string[] {
  return unassignedCriteria(rows).filter((code) => !excluded.has(code));
}

export function presentMatrix(options: {
  cycleId: string;
  revision: number;
  criteria: readonly CycleCriterion[];
  rows: readonly ResponsibilityRow[];
  excluded: ReadonlySet<string>;
  names: MatrixNames;
  choices: AreaChoices;
  appraisalStarted: boolean;
}): MatrixResponse {
  const { names } = options;
  const ref = (map: Map<string, string>, id: string) => ({ id, name: map.get(id) ?? id });
  const byCode = new Map(options.rows.map((r) => [r.criterionCode, r]));
  return {
    cycleId: options.cycleId,
    version: options.revision,
    rows: options.criteria.map((c) => {
      const row = byCode.get(c.code)!;
      return {
        criterion: { code: c.code, name: c.name, groupName: c.groupName },
        leadUnit: row.leadUnitId === null ? null : ref(names.units, row.leadUnitId),
        coordinatingUnits: row.coordinatingUnitIds.map((id) => ref(names.units, id)),
        partners: row.partnerIds.map((id) => ref(names.partners, id)),
        responsibleMember:
          row.responsibleMemberId === null
            ? null
            : { id: row.responsibleMemberId, displayName: names.members.get(row.responsibleMemberId) ?? '' },
      };
    }),
    unassigned: unassignedOf(options.rows, options.excluded),
    appraisalStarted: options.appraisalStarted,
    choices: {
      departments: options.choices.departments,
      partners: options.choices.partners,
      members: options.choices.members,
    },
  };
}
