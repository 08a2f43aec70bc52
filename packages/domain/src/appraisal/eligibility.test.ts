import { describe, expect, it } from 'vitest';
import { recognitionEligibility } from './eligibility.ts';

const index = { points: 80, max: 100 };

describe('recognitionEligibility: criteria', () => {
  it('every assigned criterion met or exceeded, index above 70%: eligible, every reason shown', () => {
    const result = recognitionEligibility({
      assignedCriteria: ['1.1', '3.2'],
      finalResults: { '1.1': 'met', '3.2': 'exceeded' },
      notApplicable: new Set(),
      index,
    });
    expect(result).toEqual({
      eligible: true,
      reasons: [
        { kind: 'criterion', code: '1.1', ok: true, message: 'Tiêu chí 1.1: Đạt' },
        { kind: 'criterion', code: '3.2', ok: true, message: 'Tiêu chí 3.2: Vượt chỉ tiêu' },
        { kind: 'index', ok: true, message: 'Bộ chỉ số: 80/100 điểm = 80,0%, trên 70% tổng điểm' },
      ],
    });
  });

  it('a criterion not met, not assessed or without a final result blocks', () => {
    const result = recognitionEligibility({
      assignedCriteria: ['1.1', '1.2', '1.3', '1.4'],
      finalResults: { '1.1': 'met', '1.2': 'not_met', '1.3': 'not_assessed' },
      notApplicable: new Set(),
      index,
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons.filter((r) => !r.ok).map((r) => r.message)).toEqual([
      'Tiêu chí 1.2: Chưa đạt',
      'Tiêu chí 1.3: Chưa đánh giá',
      'Tiêu chí 1.4: chưa có kết quả cuối cùng',
    ]);
    expect(result.reasons.at(-2)).toEqual({
      kind: 'criterion',
      code: '1.4',
      ok: false,
      message: 'Tiêu chí 1.4: chưa có kết quả cuối cùng',
    });
  });

  it('a criterion the cycle does not assess is left out, and says so', () => {
    const result = recognitionEligibility({
      assignedCriteria: ['2.4', '2.5'],
      finalResults: { '2.4': 'met', '2.5': 'not_assessed' },
      notApplicable: new Set(['2.5']),
      index,
    });
    expect(result.eligible).toBe(true);
    expect(result.reasons[1]).toEqual({
      kind: 'criterion_excluded',
      code: '2.5',
      ok: true,
      message: 'Tiêu chí 2.5: không đánh giá năm nay, không tính vào điều kiện',
    });
  });

  it('a criterion with no target that year (Không áp dụng) is left out too', () => {
    const result = recognitionEligibility({
      assignedCriteria: ['1.1', '4.9'],
      finalResults: { '1.1': 'met', '4.9': 'not_applicable' },
      notApplicable: new Set(),
      index,
    });
    expect(result.eligible).toBe(true);
    expect(result.reasons[1]?.kind).toBe('criterion_excluded');
  });

  it('not_assessed is excluded only when the cycle says so', () => {
    const result = recognitionEligibility({
      assignedCriteria: ['2.5'],
      finalResults: { '2.5': 'not_assessed' },
      notApplicable: new Set(),
      index,
    });
    expect(result.eligible).toBe(false);
  });

  it('nothing assigned and assessed is not eligible', () => {
    const result = recognitionEligibility({
      assignedCriteria: ['2.5'],
      finalResults: {},
      notApplicable: new Set(['2.5']),
      index,
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toContainEqual({
      kind: 'no_criteria',
      ok: false,
      message: 'Không có tiêu chí nào được giao và đánh giá năm nay',
    });
  });
});

describe('recognitionEligibility: index', () => {
  const base = {
    assignedCriteria: ['1.1'],
    finalResults: { '1.1': 'met' as const },
    notApplicable: new Set<string>(),
  };

  it('no index result blocks', () => {
    const result = recognitionEligibility({ ...base, index: null });
    expect(result.eligible).toBe(false);
    expect(result.reasons.at(-1)?.message).toBe('Chưa có kết quả bộ chỉ số');
  });

  it('unknown maximum without a published figure asks the office to record it', () => {
    const result = recognitionEligibility({ ...base, index: { points: 85, max: null } });
    expect(result.eligible).toBe(false);
    expect(result.reasons.at(-1)?.message).toMatch(/ghi kết quả đã công bố trong quyết định xếp hạng/);
  });

  it('unknown maximum: the published figure decides and the reason cites the decision', () => {
    const result = recognitionEligibility({
      ...base,
      index: {
        points: 85,
        max: null,
        published: { points: 85, percent: 85, decision: '567/QĐ-UBND ngày 17/4/2023' },
      },
    });
    expect(result.eligible).toBe(true);
    expect(result.reasons.at(-1)).toEqual({
      kind: 'index',
      ok: true,
      message:
        'Bộ chỉ số theo Quyết định số 567/QĐ-UBND ngày 17/4/2023: 85 điểm, 85%, trên 70% tổng điểm (kết quả đã công bố, chưa có điểm tối đa để tính lại)',
    });
  });

  it('a known maximum wins over a published figure', () => {
    const result = recognitionEligibility({
      ...base,
      index: { points: 60, max: 100, published: { points: 90, percent: 90, decision: '567/QĐ-UBND' } },
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons.at(-1)?.message).toBe('Bộ chỉ số: 60/100 điểm = 60,0%, chưa vượt 70% tổng điểm');
  });

  it('a zero maximum is treated as unknown', () => {
    const result = recognitionEligibility({ ...base, index: { points: 0, max: 0 } });
    expect(result.eligible).toBe(false);
    expect(result.reasons.at(-1)?.message).toMatch(/Chưa biết tổng điểm tối đa/);
  });

  it('the threshold is per framework', () => {
    const result = recognitionEligibility({ ...base, index: { points: 60, max: 100 }, thresholdPercent: 50 });
    expect(result.eligible).toBe(true);
    expect(result.reasons.at(-1)?.message).toBe('Bộ chỉ số: 60/100 điểm = 60,0%, trên 50% tổng điểm');
  });
});
