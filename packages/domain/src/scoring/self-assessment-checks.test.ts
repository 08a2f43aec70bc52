import { describe, expect, it } from 'vitest';
import { checkSelfAssessment, type SelfAssessmentFields } from './self-assessment-checks.ts';

const none: SelfAssessmentFields = {
  selfPoints: null,
  selfPointsReason: null,
  selfJudgement: null,
  selfJudgementReason: null,
  status: null,
};
const manual = (max: number | null) => ({
  code: '1.5',
  measure: { kind: 'count' } as const,
  maxPoints: max,
  rule: { kind: 'manual', min: 0, max } as const,
});
const proportional = {
  code: '7.4',
  measure: { kind: 'count' } as const,
  maxPoints: 10,
  rule: { kind: 'proportional' } as const,
};
const reason = 'Đài phát 4 lần/tuần (Kế hoạch 27/KH-UBND)';

describe('checkSelfAssessment', () => {
  it.each<
    [
      string,
      ReturnType<typeof manual> | typeof proportional,
      Partial<SelfAssessmentFields>,
      Record<string, string>,
    ]
  >([
    ['manual, within an open range', manual(null), { selfPoints: 10, selfPointsReason: reason }, {}],
    ['manual, at its top', manual(20), { selfPoints: 20, selfPointsReason: reason }, {}],
    ['manual, at its bottom', manual(20), { selfPoints: 0, selfPointsReason: reason }, {}],
    [
      'manual, above its top',
      manual(20),
      { selfPoints: 20.5, selfPointsReason: reason },
      { selfPoints: 'Điểm tự chấm của chỉ số 1.5 phải trong khoảng 0–20.' },
    ],
    [
      'manual, below an open range',
      manual(null),
      { selfPoints: -1, selfPointsReason: reason },
      { selfPoints: 'Điểm tự chấm phải từ 0 trở lên (chưa biết điểm tối đa của chỉ số 1.5).' },
    ],
    [
      'manual, without a reason',
      manual(null),
      { selfPoints: 10, selfPointsReason: '  ' },
      { selfPointsReason: 'Nêu căn cứ chấm điểm (việc đã làm, văn bản minh chứng).' },
    ],
    [
      'not started with points',
      manual(null),
      { selfPoints: 5, selfPointsReason: reason, status: 'not_started' },
      { selfPoints: 'Chỉ số "Chưa thực hiện" được 0 điểm: bỏ điểm tự chấm hoặc bỏ chọn "Chưa thực hiện".' },
    ],
    ['not started alone', manual(null), { status: 'not_started' }, {}],
    ['computed, points to check need no reason', proportional, { selfPoints: 3.68 }, {}],
    [
      'computed, above the maximum',
      proportional,
      { selfPoints: 11 },
      { selfPoints: 'Điểm tự chấm của chỉ số 7.4 phải trong khoảng 0–10.' },
    ],
    [
      'an indicator is not judged',
      proportional,
      { selfJudgement: 'met', selfJudgementReason: reason },
      { selfJudgement: 'Chỉ số được chấm điểm, không đánh giá Đạt / Chưa đạt.' },
    ],
  ])('indicator: %s', (_name, item, fields, errors) => {
    expect(checkSelfAssessment('indicator', item, { ...none, ...fields })).toEqual(errors);
  });

  it('criterion: a judgement needs its description; points are refused', () => {
    const item = { code: '4.8', measure: { kind: 'yes_no' } as const, maxPoints: null, rule: null };
    expect(
      checkSelfAssessment('criterion', item, { ...none, selfJudgement: 'met', selfJudgementReason: reason }),
    ).toEqual({});
    expect(checkSelfAssessment('criterion', item, { ...none, selfJudgement: 'not_met' })).toEqual({
      selfJudgementReason: 'Mô tả căn cứ tự đánh giá (việc đã làm, văn bản minh chứng).',
    });
    expect(checkSelfAssessment('criterion', item, { ...none, selfPoints: 1 })).toEqual({
      selfPoints: 'Tiêu chí không chấm điểm: điểm tự chấm chỉ dành cho chỉ số.',
    });
  });
});
