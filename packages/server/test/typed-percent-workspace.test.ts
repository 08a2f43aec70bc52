import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBatMotAssessment } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let assessmentId: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ assessmentId } = await openBatMotAssessment(t));
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

/** Issue 10 item 4 through the app: what the preview (and so Word and Excel) shows for a percentage alone. */
describe('documents when only a percentage was entered', () => {
  type Preview = {
    tables: { rows: { kind: string; cells: Record<string, { text: string; value?: number }> }[] }[];
  };
  const rowOf = (preview: Preview, code: string) =>
    preview.tables[0]!.rows.find((r) => r.kind === 'item' && r.cells.tt?.text === code)!.cells;

  it('the commune report shows it as the level reached, the index report as the result', async () => {
    const officer = await t.as('canbo.batmot');
    const put = (kind: string, code: string, typedPercent: number) =>
      officer.put(`/api/assessments/${assessmentId}/items/${kind}/${code}`, {
        typedPercent,
        expectedVersion: 0,
      });
    expect((await put('criterion', '1.6', 92.1)).statusCode).toBe(200);
    expect((await put('indicator', '7.4', 36.8)).statusCode).toBe(200);

    const preview = async (kind: string) =>
      (
        await officer.get(`/api/assessments/${assessmentId}/documents/preview?kind=${kind}`)
      ).json() as Preview;
    expect(rowOf(await preview('commune_report'), '1.6').reached).toEqual({ text: '92,1%', value: 92.1 });
    const index = rowOf(await preview('index_report'), '7.4');
    expect(index.result?.text).toBe('36,8%');
    expect(index.points).toEqual({ text: '3,68', value: 3.68 });
  });
});
