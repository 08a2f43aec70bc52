import type { OrgUnit } from '@xaso/domain/contracts/org-units';
import { compareVi } from '../../lib/format.ts';

const typeRank: Record<OrgUnit['type'], number> = { province: 0, district: 1, commune: 2, department: 3 };

/** Administrative units first (in Vietnamese alphabetical order), then the departments of the same parent. */
export function sortUnits<T extends Pick<OrgUnit, 'type' | 'name'>>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => typeRank[a.type] - typeRank[b.type] || compareVi(a.name, b.name));
}
