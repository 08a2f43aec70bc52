import { describe, expect, it } from 'vitest';
import { deadlinesSoon } from './kinds.ts';

// The reminder window, on each side of both its ends: today and exactly 7 days ahead are in; yesterday and
// 8 days ahead are not.

describe('deadlinesSoon', () => {
  const today = '2024-02-08';
  const deadline = (id: string, day: string) => ({ id, day });

  it.each([
    ['2024-02-07', null],
    ['2024-02-08', 0],
    ['2024-02-15', 7],
    ['2024-02-16', null],
  ])('due %s → %s days left', (day, left) => {
    const found = deadlinesSoon([deadline('x', day)], today);
    expect(found.map((d) => d.daysLeft)).toEqual(left === null ? [] : [left]);
  });

  it('takes another window when asked: 1 day ahead is in, 2 are not', () => {
    expect(
      deadlinesSoon([deadline('a', '2024-02-09'), deadline('b', '2024-02-10')], today, 1).map((d) => d.id),
    ).toEqual(['a']);
    expect(
      deadlinesSoon([deadline('a', '2024-02-08'), deadline('b', '2024-02-09')], today, 0).map((d) => d.id),
    ).toEqual(['a']);
  });

  it('lists the soonest first and keeps the caller’s fields', () => {
    const found = deadlinesSoon(
      [
        { id: 'dossier', day: '2024-02-14', what: 'hồ sơ' },
        { id: 'self-review', day: '2024-02-09', what: 'tự rà soát' },
        { id: 'later', day: '2024-03-01', what: 'sau' },
        { id: 'request', day: '2024-02-12', what: 'đề nghị' },
      ],
      today,
    );
    expect(found).toEqual([
      { id: 'self-review', day: '2024-02-09', what: 'tự rà soát', daysLeft: 1 },
      { id: 'request', day: '2024-02-12', what: 'đề nghị', daysLeft: 4 },
      { id: 'dossier', day: '2024-02-14', what: 'hồ sơ', daysLeft: 6 },
    ]);
  });
});
