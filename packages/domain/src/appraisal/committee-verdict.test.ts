import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measure, Target } from '../framework/schema.ts';
import { evaluateCriterion } from '../scoring/evaluate-criterion.ts';
import type { CriterionDef } from '../scoring/types.ts';
import { COMMITTEE_MESSAGES, committeeVerdict, differences, differs } from './committee-verdict.ts';

const ratio: Measure = {
  kind: 'ratio',
  numeratorLabel: 'người có điện thoại thông minh',
  denominatorLabel: 'người trưởng thành',
};
const def = (measure: Measure, target: Target | null, code = '3.4'): CriterionDef => ({
  code,
  measure,
  targets: { '2022': target },
});
const atLeast60 = def(ratio, { comparator: '>=', value: 60 });
const qualitative = def({ kind: 'text' }, { comparator: '*', value: '*' }, '1.10');
const yesNo = def({ kind: 'yes_no' }, { comparator: '=', value: 'Có' }, '1.6');
const base = { year: 2022, cycleExcludes: false };

describe('committeeVerdict: computed, never typed over figures', () => {
  it('with no figures of its own the committee evaluates the commune figures', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { numerator: 602, denominator: 1000 },
    });
    expect(v).toEqual({
      ok: true,
      verdict: 'met',
      computed: 'met',
      working: '602/1.000 = 60,2% ≥ 60% → Đạt',
      fromAppraisedFigures: false,
      warnings: [],
    });
  });

  it('a corrected denominator recomputes the verdict; the commune numerator stays', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { numerator: 602, denominator: 1000, selfJudgement: 'met' },
      appraised: { denominator: 1100 },
    });
    expect(v).toMatchObject({ ok: true, verdict: 'not_met', fromAppraisedFigures: true });
    if (v.ok) expect(v.working).toBe('602/1.100 = 54,7% < 60% → Chưa đạt');
  });

  it('a judgement against the figures is a warning and the figures win', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { numerator: 500, denominator: 1000 },
      judgement: 'met',
    });
    expect(v).toMatchObject({ ok: true, verdict: 'not_met' });
    if (v.ok) expect(v.warnings).toEqual(['BCĐ đánh giá "Đạt" nhưng số liệu cho "Chưa đạt"']);
  });

  it('a typed percentage of the commune is set aside once the committee has figures', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { typedPercent: 62.8 },
      appraised: { numerator: 500, denominator: 1000 },
    });
    expect(v).toMatchObject({ ok: true, verdict: 'not_met' });
    if (v.ok) expect(v.warnings).toEqual([]);
  });

  it('"not started" of the commune stands without figures, and yields to the committee figures', () => {
    expect(
      committeeVerdict({ ...base, criterion: atLeast60, self: { status: 'not_started' } }),
    ).toMatchObject({
      verdict: 'not_met',
    });
    expect(
      committeeVerdict({
        ...base,
        criterion: atLeast60,
        self: { status: 'not_started' },
        appraised: { numerator: 7, denominator: 10 },
      }),
    ).toMatchObject({ verdict: 'exceeded' });
  });

  it('bad figures are field errors, not a verdict', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { numerator: 5, denominator: 10 },
      appraised: { denominator: 0 },
    });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.figures).toContain('Mẫu số bằng 0');
  });

  it('a year outside the framework is an error, not a crash', () => {
    const v = committeeVerdict({
      ...base,
      year: 2030,
      criterion: qualitative,
      self: { selfJudgement: 'met' },
    });
    expect(v).toEqual({ ok: false, errors: { figures: 'Tiêu chí 1.10: không có năm 2030' } });
  });

  it('every figure error is listed, separated', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: {},
      appraised: { numerator: -1, denominator: -2 },
    });
    expect(v).toEqual({
      ok: false,
      errors: { figures: 'Tiêu chí 3.4: Tử số âm (-1); Tiêu chí 3.4: Mẫu số âm (-2)' },
    });
  });

  it('a yes/no corrected by the committee', () => {
    expect(
      committeeVerdict({ ...base, criterion: yesNo, self: { value: 'Có' }, appraised: { value: 'Không' } }),
    ).toMatchObject({ ok: true, verdict: 'not_met' });
  });

  it('a conclusion without figures (seed 000: "Đạt") takes the committee judgement', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { selfJudgement: 'met' },
      judgement: 'met',
    });
    expect(v).toMatchObject({ ok: true, verdict: 'met' });
  });
});

describe('committeeVerdict: qualitative targets', () => {
  it('need the committee judgement, not the commune one', () => {
    expect(committeeVerdict({ ...base, criterion: qualitative, self: { selfJudgement: 'met' } })).toEqual({
      ok: false,
      errors: { judgement: COMMITTEE_MESSAGES.judgementRequired },
    });
  });

  it('say the judgement is the committee one', () => {
    const v = committeeVerdict({
      ...base,
      criterion: qualitative,
      self: { selfJudgement: 'met' },
      judgement: 'not_met',
    });
    expect(v).toMatchObject({
      ok: true,
      verdict: 'not_met',
      working: 'Đánh giá định tính, BCĐ đánh giá → Chưa đạt',
    });
  });
});

describe('committeeVerdict: Vượt chỉ tiêu by hand', () => {
  // Seed 000, 3.2, Yên Nhân: 62,8% against 60%, marked "Vượt chỉ tiêu" by the committee.
  it('over a computed Đạt, with the reason in the working', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { typedPercent: 62.8 },
      override: { reason: 'Tăng mạnh so với năm 2021' },
    });
    expect(v).toMatchObject({ ok: true, verdict: 'exceeded', computed: 'met' });
    if (v.ok)
      expect(v.working).toBe(
        '62,8% (nhập tay) ≥ 60% → Đạt; BCĐ đánh giá Vượt chỉ tiêu: Tăng mạnh so với năm 2021',
      );
  });

  it('over a computed Vượt chỉ tiêu it changes nothing', () => {
    const v = committeeVerdict({
      ...base,
      criterion: atLeast60,
      self: { numerator: 7, denominator: 10 },
      override: { reason: 'x' },
    });
    expect(v).toMatchObject({
      ok: true,
      verdict: 'exceeded',
      computed: 'exceeded',
      working: '7/10 = 70,0% ≥ 60% → Vượt chỉ tiêu',
    });
  });

  it('never over Chưa đạt', () => {
    expect(
      committeeVerdict({
        ...base,
        criterion: atLeast60,
        self: { numerator: 5, denominator: 10 },
        override: { reason: 'x' },
      }),
    ).toEqual({
      ok: false,
      errors: {
        override: 'Chỉ đánh giá "Vượt chỉ tiêu" được khi kết quả tính ra là "Đạt" (đang là "Chưa đạt").',
      },
    });
  });

  it('needs a reason', () => {
    expect(
      committeeVerdict({
        ...base,
        criterion: atLeast60,
        self: { typedPercent: 62.8 },
        override: { reason: '  ' },
      }),
    ).toEqual({ ok: false, errors: { override: COMMITTEE_MESSAGES.overrideReason } });
  });
});

describe('committeeVerdict: Không đánh giá năm nay', () => {
  it('only when the cycle does not assess the criterion', () => {
    expect(
      committeeVerdict({ ...base, criterion: atLeast60, self: { status: 'not_started' }, notAssessed: true }),
    ).toEqual({
      ok: false,
      errors: { notAssessed: COMMITTEE_MESSAGES.notAssessedNotAllowed },
    });
  });

  it('a criterion the cycle leaves out is not assessed whatever was entered (seed 000, 2.5 in 2022)', () => {
    expect(
      committeeVerdict({
        ...base,
        criterion: atLeast60,
        self: { status: 'not_started' },
        cycleExcludes: true,
        notAssessed: true,
      }),
    ).toEqual({
      ok: true,
      verdict: 'not_assessed',
      computed: 'not_assessed',
      working: 'Không đánh giá năm 2022 (theo kỳ đánh giá)',
      fromAppraisedFigures: false,
      warnings: [],
    });
  });
});

describe('committeeVerdict: properties', () => {
  it('without an override, the committee verdict is what scoring gives for the same figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (d, n0) => {
        const n = n0 % (d + 1);
        const v = committeeVerdict({
          ...base,
          criterion: atLeast60,
          self: { numerator: 0, denominator: 1 },
          appraised: { numerator: n, denominator: d },
        });
        expect(v.ok && v.verdict).toBe(
          evaluateCriterion(atLeast60, 2022, { numerator: n, denominator: d }).verdict,
        );
      }),
    );
  });
});

describe('differences', () => {
  it('Đạt against Vượt chỉ tiêu is no difference; Đạt against Chưa đạt is', () => {
    expect(differs({ verdict: 'met' }, { verdict: 'exceeded' })).toBe(false);
    expect(differs({ verdict: 'exceeded' }, { verdict: 'met' })).toBe(false);
    expect(differences({ verdict: 'met' }, { verdict: 'not_met' })).toEqual([
      { field: 'verdict', self: 'Đạt', committee: 'Chưa đạt' },
    ]);
    expect(differs({ verdict: 'not_met' }, { verdict: 'not_assessed' })).toBe(true);
  });

  it('a corrected figure is a difference even when the verdict stays', () => {
    expect(
      differences(
        { verdict: 'met', result: { numerator: 4445, denominator: 5293 } },
        { verdict: 'met', appraised: { numerator: 4445, denominator: 5300 } },
      ),
    ).toEqual([{ field: 'denominator', self: '5.293', committee: '5.300' }]);
  });

  it('a figure given again unchanged, or "Có" for true, is not', () => {
    expect(
      differs(
        { verdict: 'met', result: { numerator: 3, denominator: 4, value: true } },
        { verdict: 'met', appraised: { numerator: 3, value: 'Có' } },
      ),
    ).toBe(false);
  });

  it('"Không" against the commune "Có" is a difference', () => {
    expect(
      differences(
        { verdict: 'met', result: { value: true } },
        { verdict: 'met', appraised: { value: 'Không' } },
      ),
    ).toEqual([{ field: 'value', self: 'Có', committee: 'Không' }]);
  });

  it('a figure the commune left empty shows as such', () => {
    expect(
      differences({ verdict: 'met', result: {} }, { verdict: 'met', appraised: { value: 'Không' } }),
    ).toEqual([{ field: 'value', self: '(trống)', committee: 'Không' }]);
    expect(differences({ verdict: 'met' }, { verdict: 'met', appraised: { value: false } })).toEqual([
      { field: 'value', self: '(trống)', committee: 'Không' },
    ]);
  });
});
