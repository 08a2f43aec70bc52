import { useQueries } from '@tanstack/react-query';
import type { OrgUnitType } from '@xaso/domain/org-unit';
import { compareVi } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { listChildUnits } from './list-child-units.ts';

/**
 * The units an office works on: the units its office roles sit on (of the given types, all when none are
 * given), then the districts of each province among them, by name. Cycles open and roadmaps are kept there.
 */
export function useOfficeAreas(ownTypes?: readonly OrgUnitType[]): { id: string; name: string }[] {
  const user = useCurrentUser();
  const own = user.roles
    .filter((r) => r.role === 'standing_office' || r.role === 'province_office')
    .map((r) => r.orgUnit)
    .filter((u) => !ownTypes || ownTypes.includes(u.type));
  const provinces = own.filter((u) => u.type === 'province');
  const children = useQueries({
    queries: provinces.map((p) => ({
      queryKey: ['org-units', 'children', p.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => listChildUnits(p.id, signal),
      staleTime: 5 * 60_000,
    })),
  });
  const below = children
    .flatMap((q) => q.data ?? [])
    .filter((u) => u.type === 'district')
    .sort((a, b) => compareVi(a.name, b.name));
  const seen = new Set<string>();
  return [...own, ...below]
    .filter((u) => !seen.has(u.id) && seen.add(u.id))
    .map((u) => ({ id: u.id, name: u.name }));
}
