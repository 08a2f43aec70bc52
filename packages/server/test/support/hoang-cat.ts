import { SEED_001, seed001Input } from '../../../../frameworks/seed-001-hoang-cat-2024.ts';
import { unitIds } from './cycle-fixture.ts';
import type { TestApp } from './test-app.ts';

type Item = { code: string; kind: string; measure: { kind: string; levels?: string[] } };

/**
 * Hoằng Cát's 2024 results (seed 001, Phụ lục 1) entered through the API by the commune's officer, every
 * criterion with the completion time "Nhiệm vụ thường xuyên". Answers the officer's client and the workspace URL.
 */
export async function enterHoangCat2024(t: TestApp) {
  const ids = await unitIds(t, ['Huyện Hoằng Hóa', 'Xã Hoằng Cát']);
  const province = await t.as('so.cds');
  const cycle = (
    await province.post('/api/cycles', {
      year: 2024,
      scopeId: ids['Huyện Hoằng Hóa'],
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
      communeIds: [ids['Xã Hoằng Cát']],
    })
  ).json();
  const admin = await t.as('admin');
  await admin.post('/api/users', {
    username: 'canbo.hoangcat',
    displayName: 'Cán bộ xã Hoằng Cát',
    password: 'mat-khau-ban-dau',
    roles: [{ role: 'commune_officer', orgUnitId: ids['Xã Hoằng Cát'] }],
  });
  const officer = await t.login('canbo.hoangcat', 'mat-khau-ban-dau');
  const url = `/api/cycles/${cycle.id}/communes/${ids['Xã Hoằng Cát']}/workspace`;
  const ws = (await officer.get(url)).json();
  for (const item of ws.items.filter((i: Item) => i.kind === 'criterion') as Item[]) {
    const res = await officer.put(`/api/assessments/${ws.assessment.id}/items/criterion/${item.code}`, {
      numerator: null,
      denominator: null,
      value: null,
      typedPercent: null,
      selfPoints: null,
      capability: null,
      plannedCompletion: 'Nhiệm vụ thường xuyên',
      notes: null,
      difficulties: null,
      ...seed001Input(item.measure, SEED_001[item.code]![1]),
      expectedVersion: 0,
    });
    if (res.statusCode !== 200) throw new Error(`${item.code}: ${res.statusCode} ${res.body}`);
  }
  return { officer, url, assessmentId: ws.assessment.id as string, cycleId: cycle.id as string };
}
