import { describe, expect, test } from 'vitest';
import { filterQuery } from './classification.ts';

describe('the classification filters in the address', () => {
  test('each value of a filter is its own parameter; no filter, no query', () => {
    expect(filterQuery({ communeUnitId: [], criterionCode: [], value: [] })).toBe('');
    const query = filterQuery({
      communeUnitId: ['a', 'b'],
      criterionCode: ['2.4'],
      value: ['needs_support'],
    });
    const params = new URLSearchParams(query.slice(1));
    expect(params.getAll('communeUnitId')).toEqual(['a', 'b']);
    expect(params.getAll('criterionCode')).toEqual(['2.4']);
    expect(params.getAll('value')).toEqual(['needs_support']);
  });
});
