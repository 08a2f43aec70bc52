import { describe, expect, it } from 'vitest';
import { validateFramework } from './validate.ts';

// The cross-field rules of a framework file, each with a case on each side of its boundary (issue 10, item 17).

const provenance = { source: 'thử nghiệm', status: 'inferred' };

function criteriaSet(years: number[], items: Record<string, unknown>[]) {
  return {
    id: 'thu-nghiem',
    title: 'Bộ tiêu chí thử nghiệm',
    legalBasis: { number: '1/QĐ-UBND', date: '2024-01-02', issuer: 'Chủ tịch UBND tỉnh' },
    kind: 'criteria',
    appliesTo: 'commune',
    years,
    groups: [{ code: '1', name: 'Nhóm 1', items }],
  };
}

function indexSet(items: Record<string, unknown>[]) {
  return { ...criteriaSet([2022], []), kind: 'index', groups: [{ code: '6', name: 'Nhóm 6', items }] };
}

const ratio = { kind: 'ratio', numeratorLabel: 'a', denominatorLabel: 'b' };
const criterion = (targets: Record<string, unknown>, measure: unknown = ratio) => ({
  code: '1.1',
  name: 'Tiêu chí',
  measure,
  targets,
  dependency: 'independent',
  provenance,
});
const indicator = (fields: Record<string, unknown>) => ({
  code: '6.1',
  name: 'Chỉ số',
  measure: ratio,
  maxPoints: 10,
  rule: { kind: 'proportional' },
  provenance,
  ...fields,
});

/** The messages of the issues found, or [] when the file is valid. */
function messages(data: unknown): string[] {
  const result = validateFramework(data);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

describe('years', () => {
  it('two different years pass; the same year twice is refused', () => {
    const targets = { '2024': { comparator: '>=', value: 70 }, '2025': { comparator: '>=', value: 80 } };
    expect(messages(criteriaSet([2024, 2025], [criterion(targets)]))).toEqual([]);
    expect(messages(criteriaSet([2024, 2024], [criterion({ '2024': targets['2024'] })]))).toEqual([
      "Trường 'years': Các năm bị trùng",
    ]);
  });

  it('every year of the set needs a target (null allowed), and no other year may have one', () => {
    expect(messages(criteriaSet([2024, 2025], [criterion({ '2024': null, '2025': null })]))).toEqual([]);
    expect(messages(criteriaSet([2024, 2025], [criterion({ '2024': null })]))).toEqual([
      "Mục 1.1, trường 'targets.2025': thiếu chỉ tiêu năm 2025 (ghi null nếu năm đó không có chỉ tiêu)",
    ]);
    expect(messages(criteriaSet([2024], [criterion({ '2024': null, '2026': null })]))).toEqual([
      "Mục 1.1, trường 'targets.2026': năm 2026 không thuộc các năm của bộ (2024)",
    ]);
  });
});

describe('codes', () => {
  it('a group code or an item code used twice is refused; different codes pass', () => {
    const one = criterion({ '2024': null });
    const data = criteriaSet([2024], [one, { ...one, code: '1.2' }]);
    expect(messages(data)).toEqual([]);
    expect(messages(criteriaSet([2024], [one, one]))).toEqual([
      "Mục 1.1, trường 'code': mã 1.1 bị trùng với một mục khác",
    ]);
    const twoGroups = {
      ...data,
      groups: [data.groups[0]!, { ...data.groups[0]!, items: [{ ...one, code: '2.1' }] }],
    };
    expect(messages(twoGroups)).toEqual(["Nhóm 1, trường 'code': Mã nhóm 1 bị trùng"]);
  });
});

describe('targets of a criterion', () => {
  it.each([
    [0, []],
    [100, []],
    [-0.1, ['chỉ tiêu tỷ lệ phải từ 0 đến 100 (%)']],
    [100.1, ['chỉ tiêu tỷ lệ phải từ 0 đến 100 (%)']],
  ])('a ratio target of %s%%', (value, expected) => {
    const data = criteriaSet([2024], [criterion({ '2024': { comparator: '>=', value } })]);
    expect(messages(data)).toEqual(expected.map((m) => `Mục 1.1, trường 'targets.2024': ${m}`));
  });

  it('a count target may be any number, above 100 too; a ratio or count target must be a number', () => {
    const count = { kind: 'count' };
    expect(
      messages(criteriaSet([2024], [criterion({ '2024': { comparator: '>=', value: 250 } }, count)])),
    ).toEqual([]);
    expect(
      messages(criteriaSet([2024], [criterion({ '2024': { comparator: '=', value: 'Có' } }, count)])),
    ).toEqual(["Mục 1.1, trường 'targets.2024': với cách đo count, chỉ tiêu phải là số"]);
    expect(messages(criteriaSet([2024], [criterion({ '2024': { comparator: '=', value: 'Có' } })]))).toEqual([
      "Mục 1.1, trường 'targets.2024': với cách đo ratio, chỉ tiêu phải là số",
    ]);
  });

  it('a yes/no target is = "Có" or = "Không", nothing else', () => {
    const yesNo = { kind: 'yes_no' };
    const at = (comparator: string, value: unknown) =>
      messages(criteriaSet([2024], [criterion({ '2024': { comparator, value } }, yesNo)]));
    expect(at('=', 'Có')).toEqual([]);
    expect(at('=', 'Không')).toEqual([]);
    const refused = ['Mục 1.1, trường \'targets.2024\': với cách đo yes_no, chỉ tiêu là = "Có"'];
    expect(at('>=', 'Có')).toEqual(refused);
    expect(at('=', 'Co')).toEqual(refused);
  });

  it('a level target is = or >= one of the levels', () => {
    const level = { kind: 'level', levels: ['Thấp', 'Cao'] };
    const at = (comparator: string, value: unknown) =>
      messages(criteriaSet([2024], [criterion({ '2024': { comparator, value } }, level)]));
    expect(at('=', 'Cao')).toEqual([]);
    expect(at('>=', 'Thấp')).toEqual([]);
    expect(at('>', 'Thấp')).toEqual([
      "Mục 1.1, trường 'targets.2024': với cách đo level, so sánh phải là = hoặc >=",
    ]);
    expect(at('=', 'Vừa')).toEqual([
      'Mục 1.1, trường \'targets.2024\': mức "Vừa" không có trong danh sách levels (Thấp; Cao)',
    ]);
  });

  it('a qualitative target is a text; a text measure can only have a qualitative target', () => {
    const text = { kind: 'text' };
    expect(
      messages(criteriaSet([2024], [criterion({ '2024': { comparator: '*', value: '*' } }, text)])),
    ).toEqual([]);
    expect(messages(criteriaSet([2024], [criterion({ '2024': { comparator: '*', value: 1 } })]))).toEqual([
      'Mục 1.1, trường \'targets.2024\': chỉ tiêu định tính (*) phải có value là chuỗi mô tả, ví dụ "*"',
    ]);
    expect(
      messages(criteriaSet([2024], [criterion({ '2024': { comparator: '=', value: 'x' } }, text)])),
    ).toEqual(["Mục 1.1, trường 'targets.2024': với cách đo text, chỉ tiêu chỉ có thể là định tính (*)"]);
  });
});

describe('rules of an indicator', () => {
  const level = { kind: 'level', levels: ['Chưa có', 'Có'] };
  const tiered = (points: number, maxPoints: number | null = 10) =>
    indicator({ measure: level, maxPoints, rule: { kind: 'tiered', tiers: [{ level: 'Có', points }] } });

  it('a tier worth the maximum passes; a tier above the maximum is refused', () => {
    expect(messages(indexSet([tiered(10)]))).toEqual([]);
    expect(messages(indexSet([tiered(10.5)]))).toEqual([
      "Mục 6.1, trường 'rule.tiers[0].points': điểm 10.5 vượt điểm tối đa 10",
    ]);
    // An unknown maximum cannot be exceeded.
    expect(messages(indexSet([tiered(50, null)]))).toEqual([]);
  });

  it('a tier level must be one of the measure levels, and tiers need a level measure', () => {
    const badLevel = indicator({
      measure: level,
      rule: { kind: 'tiered', tiers: [{ level: 'Khác', points: 1 }] },
    });
    expect(messages(indexSet([badLevel]))).toEqual([
      'Mục 6.1, trường \'rule.tiers[0].level\': mức "Khác" không có trong measure.levels',
    ]);
    const onRatio = indicator({ rule: { kind: 'tiered', tiers: [{ level: 'Có', points: 1 }] } });
    expect(messages(indexSet([onRatio]))).toEqual([
      "Mục 6.1, trường 'rule': cách chấm tiered cần cách đo level",
    ]);
  });

  it.each([
    [{ min: 0, max: 10 }, []],
    [{ min: 5, max: 5 }, []],
    [{ min: 0, max: null }, []],
    [{ min: 6, max: 5 }, ["Mục 6.1, trường 'rule.min': min lớn hơn max"]],
    [{ min: 0, max: 10.5 }, ["Mục 6.1, trường 'rule.max': max 10.5 vượt điểm tối đa 10"]],
  ])('manual points %o at a maximum of 10', (range, expected) => {
    expect(messages(indexSet([indicator({ rule: { kind: 'manual', ...range } })]))).toEqual(expected);
  });

  it('a manual maximum cannot exceed an unknown indicator maximum', () => {
    const rule = { kind: 'manual', min: 0, max: 20 };
    expect(messages(indexSet([indicator({ maxPoints: null, rule })]))).toEqual([]);
  });

  it('proportional and threshold rules need a ratio; binary needs yes/no', () => {
    const yesNo = { kind: 'yes_no' };
    expect(messages(indexSet([indicator({ measure: yesNo, rule: { kind: 'binary' } })]))).toEqual([]);
    expect(messages(indexSet([indicator({ rule: { kind: 'binary' } })]))).toEqual([
      "Mục 6.1, trường 'rule': cách chấm binary cần cách đo yes_no",
    ]);
    const threshold = { kind: 'threshold', rate: 50, comparator: '>=' };
    expect(messages(indexSet([indicator({ rule: threshold })]))).toEqual([]);
    expect(messages(indexSet([indicator({ measure: yesNo, rule: threshold })]))).toEqual([
      "Mục 6.1, trường 'rule': cách chấm threshold cần cách đo ratio (tử số / mẫu số)",
    ]);
  });

  it('an unknown maximum may be inferred or unknown, never confirmed', () => {
    expect(messages(indexSet([indicator({ maxPoints: null })]))).toEqual([]);
    const confirmed = { source: 'QĐ', status: 'confirmed' };
    expect(messages(indexSet([indicator({ maxPoints: 10, provenance: confirmed })]))).toEqual([]);
    expect(messages(indexSet([indicator({ maxPoints: null, provenance: confirmed })]))).toEqual([
      "Mục 6.1, trường 'provenance.status': điểm tối đa chưa biết thì nguồn không thể là confirmed",
    ]);
  });

  it('an indicator needs a maximum key and a rule, and has no targets or dependency', () => {
    const { maxPoints: _m, rule: _r, ...bare } = indicator({});
    expect(messages(indexSet([{ ...bare, targets: {}, dependency: 'independent' }]))).toEqual([
      "Mục 6.1, trường 'targets': bộ chỉ số không có chỉ tiêu theo năm (dùng maxPoints và rule)",
      "Mục 6.1, trường 'dependency': phân loại phụ thuộc chỉ dùng cho bộ tiêu chí",
      "Mục 6.1, trường 'maxPoints': thiếu điểm tối đa (ghi null nếu chưa biết)",
      "Mục 6.1, trường 'rule': thiếu cách chấm điểm",
    ]);
  });

  it('a criterion has no points, no rule, and needs a dependency and targets', () => {
    const { targets: _t, dependency: _d, ...bare } = criterion({});
    expect(messages(criteriaSet([2024], [{ ...bare, maxPoints: 1, rule: { kind: 'binary' } }]))).toEqual([
      "Mục 1.1, trường 'maxPoints': bộ tiêu chí không có điểm tối đa (chỉ dùng cho bộ chỉ số)",
      "Mục 1.1, trường 'rule': bộ tiêu chí không có cách chấm điểm (chỉ dùng cho bộ chỉ số)",
      "Mục 1.1, trường 'dependency': thiếu phân loại independent / dependent",
      "Mục 1.1, trường 'targets': thiếu chỉ tiêu theo năm",
    ]);
  });
});
