import type { OrgUnit } from '@xaso/domain/contracts/org-units';
import { communeSubtypeSchema, orgUnitTypeSchema } from '@xaso/domain/org-unit';
import type { orgUnits } from '../../db/schema.ts';

type Row = typeof orgUnits.$inferSelect;

export function presentOrgUnit(row: Row, childCount: number): OrgUnit {
  return {
    id: row.id,
    gsoCode: row.gsoCode,
    name: row.name,
    type: orgUnitTypeSchema.parse(row.type),
    subtype: row.subtype ? communeSubtypeSchema.parse(row.subtype) : null,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    childCount,
  };
}
