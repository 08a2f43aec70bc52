import { describe, expect, it } from 'vitest';
import type { CriterionDef } from '../scoring/types.ts';
import { committeeVerdict } from './committee-verdict.ts';

// Both sides of each comparison the committee's verdict rests on: the target (60%), the override's "met only".
const atLeast60: CriterionDef = {
  code: '3.2',
  measure: { kind: 'ratio', numeratorLabel: 'có tài khoản', denominatorLabel: 'dân số từ 15 tuổi' },
  targets: { '2022': { comparator: '>=', value: 60 } },
};
const appraise = (numerator: number, denominator: number, override?: { reason: string }) =>
  committeeVerdict({
    criterion: atLeast60,
    year: 2022,
    self: { numerator: 1, denominator: 1 },
    appraised: { numerator, denominator },
    cycleExcludes: false,
    ...(override ? { override } : {}),
  });

describe('the target, from the appraised figures', () => {
  it('600/1.000 = 60% exactly is met', () => {
    expect(appraise(600, 1000)).toMatchObject({ ok: true, verdict: 'met' });
  });
  it('5.999/10.000 = 59,99% is not met', () => {
    expect(appraise(5999, 10000)).toMatchObject({ ok: true, verdict: 'not_met' });
  });
});

describe('Vượt chỉ tiêu by hand: allowed at the target, refused just under it', () => {
  it('at 60% exactly the override stands', () => {
    expect(appraise(600, 1000, { reason: 'Lý do' })).toMatchObject({
      ok: true,
      verdict: 'exceeded',
      computed: 'met',
    });
  });
  it('at 59,99% it is refused', () => {
    expect(appraise(5999, 10000, { reason: 'Lý do' })).toMatchObject({ ok: false });
  });
  it('a one-character reason is a reason; whitespace is not', () => {
    expect(appraise(600, 1000, { reason: 'x' }).ok).toBe(true);
    expect(appraise(600, 1000, { reason: ' \n' }).ok).toBe(false);
  });
});
