import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterHoangCat2024 } from './support/hoang-cat.ts';
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

describe('Hoằng Cát 2024 reproduced in the app', () => {
  it('gives the seed’s verdicts: 23 of 37 criteria met, the 14 others named', async () => {
    const { officer, url } = await enterHoangCat2024(t);
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
