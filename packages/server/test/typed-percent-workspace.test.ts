import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let assessmentId: string;
beforeAll(async () => {
  t = await createTestApp();
  const { cycle, ids } = await openThuongXuanCycle(t);
  const ws = await (await t.as('canbo.batmot')).get(
    `/api/cycles/${cycle.id}/communes/${ids['Xã Bát Mọt']}/workspace`,
  );
  assessmentId = ws.json().assessment.id;
});
afterAll(() => t.close());

/**
 * Issue 10 item 3 through the app: QĐ 3853 scores 3.4 and 8.2 by hand, and seed 003 types a percentage their
 * figures deny. The saved item's evaluation carries the warning, as a proportional indicator's does.
 */
describe('a typed percentage on a hand-scored indicator, saved in the workspace', () => {
  it.each([
    ['3.4', 4445, 5293, 84.8, 'Tỷ lệ nhập tay 84,8% khác tỷ lệ tính từ số liệu gốc 4.445/5.293 = 84,0%'],
    ['8.2', 3831, 5239, 72.3, 'Tỷ lệ nhập tay 72,3% khác tỷ lệ tính từ số liệu gốc 3.831/5.239 = 73,1%'],
  ])(
    '%s: the saved figures are kept and the typed percentage is flagged',
    async (code, n, d, typed, warning) => {
      const officer = await t.as('canbo.batmot');
      const res = await officer.put(`/api/assessments/${assessmentId}/items/indicator/${code}`, {
        numerator: n,
        denominator: d,
        typedPercent: typed,
        expectedVersion: 0,
      });
      expect(res.statusCode).toBe(200);
      const { item } = res.json();
      expect(item.result).toMatchObject({ numerator: n, denominator: d, typedPercent: typed });
      expect(item.evaluation.warnings).toContain(warning);
    },
  );
});
