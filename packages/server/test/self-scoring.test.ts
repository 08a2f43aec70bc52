import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Issue 10, items 2 and 5: the commune's self-scored points on an indicator scored by a person, and its own
 * judgement on a qualitative criterion (1.11 and 4.8 have the target "*" in 2023 and 2025), through the save API.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = {
  kind: string;
  code: string;
  target: unknown;
  result: Record<string, unknown> | null;
  evaluation: { verdict: string; points: number | null; explanation: string; errors: string[] };
};

async function workspaceFor(year: number) {
  const { cycle, ids } = await openThuongXuanCycle(t, { year });
  const officer = await t.as('canbo.batmot');
  const url = `/api/cycles/${cycle.id}/communes/${ids['Xã Bát Mọt']}/workspace`;
  const id: string = (await officer.get(url)).json().assessment.id;
  const item = async (kind: string, code: string): Promise<Item> =>
    (await officer.get(url)).json().items.find((i: Item) => i.kind === kind && i.code === code);
  const save = (kind: string, code: string, body: Record<string, unknown>) =>
    officer.put(`/api/assessments/${id}/items/${kind}/${code}`, body);
  return { item, save };
}

describe('qualitative criteria: the commune records its own judgement', () => {
  it.each([2023, 2025])(
    '%i: 1.11 and 4.8 (target "*") are met or not met by the judgement, no longer "Chưa đánh giá" for ever',
    async (year) => {
      const { item, save } = await workspaceFor(year);
      expect((await item('criterion', '1.11')).evaluation.verdict).toBe('not_assessed');
      const met = await save('criterion', '1.11', {
        numerator: 3,
        denominator: 3,
        selfJudgement: 'met',
        selfJudgementReason: 'Đã triển khai PC-Covid, Sổ sức khỏe điện tử và khai báo y tế',
        expectedVersion: 0,
      });
      expect(met.statusCode, met.body).toBe(200);
      expect(met.json().item.evaluation).toMatchObject({ verdict: 'met', errors: [] });
      expect(met.json().item.evaluation.explanation).toContain('Đánh giá định tính, xã tự đánh giá → Đạt');
      const notMet = await save('criterion', '4.8', {
        selfJudgement: 'not_met',
        selfJudgementReason: 'Chưa có điểm wifi công cộng',
        expectedVersion: 0,
      });
      expect(notMet.json().item.evaluation.verdict).toBe('not_met');
      // Read back: what the server stored is what was sent.
      expect((await item('criterion', '1.11')).result).toMatchObject({
        selfJudgement: 'met',
        selfJudgementReason: 'Đã triển khai PC-Covid, Sổ sức khỏe điện tử và khai báo y tế',
        version: 1,
      });
      expect((await item('criterion', '4.8')).evaluation.verdict).toBe('not_met');
    },
  );

  it('a judgement without its description, or a judgement on an indicator, is refused on its field and nothing is stored', async () => {
    const { item, save } = await workspaceFor(2023);
    const bare = await save('criterion', '4.8', { selfJudgement: 'met', expectedVersion: 0 });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().fields).toEqual({
      selfJudgementReason: 'Mô tả căn cứ tự đánh giá (việc đã làm, văn bản minh chứng).',
    });
    const odd = await save('criterion', '4.8', {
      selfJudgement: 'đạt',
      selfJudgementReason: 'x',
      expectedVersion: 0,
    });
    expect(odd.statusCode).toBe(400);
    expect(odd.json().fields.selfJudgement).toBe('Chọn Đạt hoặc Chưa đạt.');
    const onIndicator = await save('indicator', '6.1', {
      selfJudgement: 'met',
      selfJudgementReason: 'x',
      expectedVersion: 0,
    });
    expect(onIndicator.json().fields.selfJudgement).toBe(
      'Chỉ số được chấm điểm, không đánh giá Đạt / Chưa đạt.',
    );
    expect((await item('criterion', '4.8')).result).toBeNull();
    expect((await item('indicator', '6.1')).result).toBeNull();
  });
});

describe('hand-scored indicators: self-scored points within the rule range, with a reason', () => {
  it('1.5 (manual, maximum unknown): 10 points with a reason score 10; "Chưa thực hiện" scores 0', async () => {
    const { item, save } = await workspaceFor(2024);
    const res = await save('indicator', '1.5', {
      value: 4,
      selfPoints: 10,
      selfPointsReason: 'Phát sóng 4 lần/tuần',
      expectedVersion: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().item.evaluation).toMatchObject({ verdict: 'scored', points: 10 });
    const stored = await item('indicator', '1.5');
    expect(stored.result).toMatchObject({
      value: 4,
      selfPoints: 10,
      selfPointsReason: 'Phát sóng 4 lần/tuần',
    });
    const notStarted = await save('indicator', '1.5', { status: 'not_started', expectedVersion: 1 });
    expect(notStarted.json().item.evaluation).toMatchObject({
      points: 0,
      explanation: 'Chưa thực hiện → 0 điểm',
    });
    expect((await item('indicator', '1.5')).result).toMatchObject({
      status: 'not_started',
      selfPoints: null,
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    [
      'negative points',
      { selfPoints: -1, selfPointsReason: 'x' },
      { selfPoints: 'Điểm tự chấm không được âm.' },
    ],
    [
      'points without a reason',
      { selfPoints: 9.9 },
      { selfPointsReason: 'Nêu căn cứ chấm điểm (việc đã làm, văn bản minh chứng).' },
    ],
    [
      'points with "Chưa thực hiện"',
      { selfPoints: 9.9, selfPointsReason: 'x', status: 'not_started' },
      { selfPoints: 'Chỉ số "Chưa thực hiện" được 0 điểm: bỏ điểm tự chấm hoặc bỏ chọn "Chưa thực hiện".' },
    ],
  ])('6.4: %s is refused on its field and nothing is stored', async (_name, body, fields) => {
    const { item, save } = await workspaceFor(2024);
    const res = await save('indicator', '6.4', { ...body, expectedVersion: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields });
    expect((await item('indicator', '6.4')).result).toBeNull();
  });

  it('points above a known maximum (7.4: 10) are refused; points on a criterion are refused', async () => {
    const { save } = await workspaceFor(2024);
    const above = await save('indicator', '7.4', {
      numerator: 7,
      denominator: 19,
      selfPoints: 10.5,
      expectedVersion: 0,
    });
    expect(above.json().fields).toEqual({
      selfPoints: 'Điểm tự chấm của chỉ số 7.4 phải trong khoảng 0–10.',
    });
    const onCriterion = await save('criterion', '1.6', {
      numerator: 1,
      denominator: 2,
      selfPoints: 5,
      expectedVersion: 0,
    });
    expect(onCriterion.json().fields).toEqual({
      selfPoints: 'Tiêu chí không chấm điểm: điểm tự chấm chỉ dành cho chỉ số.',
    });
  });
});
