import type { OrgUnit } from '@xaso/domain/contracts/org-units';
import { COMMUNE_SUBTYPE_LABELS, ORG_UNIT_TYPE_LABELS } from '@xaso/domain/org-unit';
import { Tag } from 'antd';
import { vi } from '../i18n/vi.ts';

const colors: Record<OrgUnit['type'], string> = {
  province: 'geekblue',
  district: 'blue',
  commune: 'cyan',
  department: 'purple',
};

/** "Xã", "Thị trấn", "Phòng/Ban"…: the most specific label the unit has. */
export function orgUnitTypeLabel(unit: Pick<OrgUnit, 'type' | 'subtype'> & { name?: string }): string {
  if (unit.type === 'commune' && unit.subtype) return COMMUNE_SUBTYPE_LABELS[unit.subtype];
  if ((unit.type === 'province' || unit.type === 'district') && unit.name) {
    const name = unit.name;
    const kind = vi.orgUnits.kindPrefixes.find((prefix) => name.startsWith(`${prefix} `));
    if (kind) return kind;
  }
  return ORG_UNIT_TYPE_LABELS[unit.type];
}

export function OrgUnitTypeTag({ unit }: { unit: Pick<OrgUnit, 'type' | 'subtype' | 'name'> }) {
  return (
    <Tag color={colors[unit.type]} variant="outlined">
      {orgUnitTypeLabel(unit)}
    </Tag>
  );
}
