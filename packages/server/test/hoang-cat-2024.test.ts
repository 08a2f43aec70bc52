import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_001 } from '../../../frameworks/seed-001-hoang-cat-2024.ts';
import { unitIds } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Done-when of the self-assessment: the 2024 results of Hoằng Cát (seed 001, Phụ lục 1) entered through the
 * API give the seed's verdicts. The seed prints percentages only; a printed p% is entered as p×10 of 1.000
 * (the product stores figures, never a bare percentage), which gives the same percentage to one decimal.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { code: string; kind: string; measure: { kind: string; levels?: string[] } };

function inputFor(item: Item, printed: string | number) {
  const m = item.measure;
  if (m.kind === 'ratio') return { numerator: Math.round((printed as number) * 10), denominator: 1000 };
  if (m.kind === 'yes_no') return { value: printed === 100 };
  if (m.kind === 'level') return { value: printed === 100 ? m.levels!.at(-1)! : m.levels![0]! };
  return { value: printed };
}

describe('Hoằng Cát 2024 reproduced in the app', () => {
  it('gives the seed’s verdicts: 23 of 37 criteria met, the 14 others named', async () => {
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
        typedPoints: null,
        capability: null,
        plannedCompletion: 'Nhiệm vụ thường xuyên',
        notes: null,
        difficulties: null,
        ...inputFor(item, SEED_001[item.code]![1]),
        expectedVersion: 0,
      });
      expect(res.statusCode, `${item.code}: ${res.body}`).toBe(200);
    }
    const after = (await officer.get(url)).json();
    const notMet = after.items
      .filter(
        (i: { kind: string; evaluation: { verdict: string } }) =>
          i.kind === 'criterion' && i.evaluation.verdict === 'not_met',
      )
      .map((i: { code: string }) => i.code);
    expect(notMet).toEqual([
      '2.1',
      '2.4',
      '2.5',
      '2.6',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '3.6',
      '3.9',
      '3.10',
      '3.12',
      '4.7',
    ]);
    expect(after.summary).toMatchObject({ criteriaTotal: 37, criteriaMet: 23, notEntered: 0 });
    const item16 = after.items.find((i: { code: string }) => i.code === '1.6');
    expect(item16.evaluation.explanation).toBe('921/1.000 = 92,1% ≥ 75% → Vượt chỉ tiêu');
  });
});
