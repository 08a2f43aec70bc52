import { describe, expect, it } from 'vitest';
import type { NormalisedFramework, NormalisedItem } from '../framework/normalise.ts';
import { checkEarlyRegistration, registrableCodes } from './early-registration.ts';

const item = (code: string, dependency: 'independent' | 'dependent'): NormalisedItem =>
  ({
    code,
    name: `Tiêu chí ${code}`,
    unit: '%',
    measure: { kind: 'yes_no' },
    targets: { '2025': null },
    dependency,
    maxPoints: null,
    rule: null,
    guidance: null,
    provenance: { source: 'test' },
  }) as unknown as NormalisedItem;

const criteria = {
  id: 'test',
  kind: 'criteria',
  title: 'Bộ tiêu chí thử',
  legalBasis: { number: '1/QĐ', date: '2023-01-01', issuer: 'UBND tỉnh' },
  appliesTo: 'commune',
  years: [2025],
  groups: [
    { code: '1', name: 'Chính quyền số', items: [item('1.1', 'independent'), item('1.6', 'independent')] },
    { code: '3', name: 'Xã hội số', items: [item('3.2', 'dependent'), item('3.1', 'independent')] },
  ],
} as NormalisedFramework;

describe('early registration of single criteria (Điều 3)', () => {
  it('offers only the independent criteria that apply this cycle, in the set’s order', () => {
    expect(registrableCodes(criteria, new Set())).toEqual(['1.1', '1.6', '3.1']);
    expect(registrableCodes(criteria, new Set(['1.6']))).toEqual(['1.1', '3.1']);
  });

  it('accepts independent criteria', () => {
    expect(checkEarlyRegistration(criteria, new Set(), ['1.1', '3.1'])).toEqual({});
  });

  it('names each refused position: dependent, not applicable, unknown, twice, and an empty choice', () => {
    expect(checkEarlyRegistration(criteria, new Set(['1.6']), ['3.2', '1.6', '9.9', '1.1', '1.1'])).toEqual({
      'itemCodes.0': expect.stringContaining('Tiêu chí 3.2 phụ thuộc số liệu'),
      'itemCodes.1': 'Tiêu chí 1.6 không áp dụng trong kỳ này.',
      'itemCodes.2': 'Bộ tiêu chí không có tiêu chí 9.9.',
      'itemCodes.4': 'Tiêu chí 1.1 được chọn hai lần.',
    });
    expect(checkEarlyRegistration(criteria, new Set(), [])).toEqual({
      itemCodes: 'Chọn ít nhất một tiêu chí để đăng ký.',
    });
  });
});
