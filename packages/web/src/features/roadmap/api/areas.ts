import { useQueries } from '@tanstack/react-query';
import { compareVi } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { listChildUnits } from '../../cycles/api/list-child-units.ts';

/**
 * The areas whose roadmap the user keeps: the districts and provinces their office roles sit on, and a
 * province office's districts. Same units as the cycle form's areas, so a roadmap is kept where cycles open.
 */
export function useRoadmapAreas(): { id: string; name: string }[] {
  const user = useCurrentUser();
  const own = user.roles
    .filter((r) => r.role === 'standing_office' || r.role === 'province_office')
    .map((r) => r.orgUnit)
    .filter((u) => u.type === 'district' || u.type === 'province');
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
