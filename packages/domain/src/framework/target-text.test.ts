import { describe, expect, it } from 'vitest';
import type { Measure, Target } from './schema.ts';
import { describeTarget, formatTargetText, parseTargetText } from './target-text.ts';

const ratio: Measure = { kind: 'ratio', numeratorLabel: 'tử', denominatorLabel: 'mẫu' };
const levels: Measure = {
  kind: 'level',
  levels: ['Chưa sử dụng', 'Sử dụng chưa hiệu quả', 'Sử dụng hiệu quả'],
};

describe('describeTarget: a target as people read it (issue 10, item 5)', () => {
  it.each<[string, Target | null, { unit?: string | null; measure: Measure }, string]>([
    [
      'a percentage, with its unit and sign',
      { comparator: '>=', value: 100 },
      { unit: '%', measure: ratio },
      '≥ 100%',
    ],
    ['a decimal percentage', { comparator: '>=', value: 62.5 }, { measure: ratio }, '≥ 62,5%'],
    ['strictly above', { comparator: '>', value: 70 }, { measure: ratio }, '> 70%'],
    [
      'a count with its unit',
      { comparator: '>=', value: 3 },
      { unit: 'Điểm phát', measure: { kind: 'count' } },
      '≥ 3 điểm phát',
    ],
    ['a count without a unit', { comparator: '>=', value: 1500 }, { measure: { kind: 'count' } }, '≥ 1.500'],
    ['yes/no', { comparator: '=', value: 'Có' }, { measure: { kind: 'yes_no' } }, 'Có'],
    [
      'the top level',
      { comparator: '>=', value: 'Sử dụng hiệu quả' },
      { measure: levels },
      'Sử dụng hiệu quả',
    ],
    [
      'a level or above',
      { comparator: '>=', value: 'Sử dụng chưa hiệu quả' },
      { measure: levels },
      'Sử dụng chưa hiệu quả trở lên',
    ],
    [
      'qualitative "*" (1.11, 4.8 in 2023)',
      { comparator: '*', value: '*' },
      { measure: ratio },
      'Đánh giá định tính',
    ],
    [
      'qualitative with words (seed 004)',
      { comparator: '*', value: 'Phụ thuộc vào điều kiện KT-XH' },
      { measure: { kind: 'yes_no' } },
      'Đánh giá định tính (Phụ thuộc vào điều kiện KT-XH)',
    ],
    ['no target', null, { measure: ratio }, ''],
  ])('%s', (_name, target, item, text) => {
    expect(describeTarget(target, item)).toBe(text);
    expect(describeTarget(target, item)).not.toMatch(/>=|<=|^\*/);
  });

  it('as a report appendix prints it: "≥" implied before a number, a count without its unit (own column)', () => {
    expect(
      describeTarget(
        { comparator: '>=', value: 3 },
        { unit: 'Điểm phát', measure: { kind: 'count' } },
        { appendixColumn: true },
      ),
    ).toBe('3');
    expect(
      describeTarget({ comparator: '>=', value: 75 }, { measure: ratio }, { appendixColumn: true }),
    ).toBe('75%');
    expect(describeTarget({ comparator: '>', value: 75 }, { measure: ratio }, { appendixColumn: true })).toBe(
      '> 75%',
    );
    expect(
      describeTarget({ comparator: '*', value: '*' }, { measure: ratio }, { appendixColumn: true }),
    ).toBe('Đánh giá định tính');
  });

  it('the Excel notation stays the round-trip of the parser', () => {
    for (const text of ['>= 75', 'Có', '>= Đáp ứng', '*', '* phụ thuộc điều kiện']) {
      const parsed = parseTargetText(text);
      expect(parsed.ok && formatTargetText(parsed.target)).toBe(text);
    }
  });
});
