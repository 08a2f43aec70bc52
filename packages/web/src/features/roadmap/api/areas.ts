import { useOfficeAreas } from '../../cycles/api/office-areas.ts';

/**
 * The areas whose roadmap the user keeps: the districts and provinces their office roles sit on, and a
 * province office's districts. Same units as the cycle form's areas, so a roadmap is kept where cycles open.
 */
export function useRoadmapAreas(): { id: string; name: string }[] {
  return useOfficeAreas(['district', 'province']);
}
