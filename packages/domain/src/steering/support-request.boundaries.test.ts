import { describe, expect, it } from 'vitest';
import { isOverdue, maySendRequest } from './support-request.ts';

// Every date comparison of support requests, with a case on each side of its boundary.

describe('isOverdue: the day it was needed by is not overdue, the day after is', () => {
  it.each([
    ['2024-03-14', false],
    ['2024-03-15', false],
    ['2024-03-16', true],
  ])('needed by 15/03, on %s: %s', (today, overdue) => {
    expect(isOverdue({ status: 'sent', neededBy: '2024-03-15' }, today)).toBe(overdue);
  });

  it('is overdue in every open status, never once closed', () => {
    for (const status of ['sent', 'answered', 'plan_submitted', 'plan_approved', 'plan_returned'] as const)
      expect(isOverdue({ status, neededBy: '2024-03-15' }, '2024-03-16')).toBe(true);
    expect(isOverdue({ status: 'closed', neededBy: '2024-03-15' }, '2024-03-16')).toBe(false);
  });
});

describe('maySendRequest: needed from today on', () => {
  const send = (neededBy: string) =>
    maySendRequest({
      actors: ['commune'],
      criterionCode: '3.4',
      capability: 'needs_support',
      responsibleMemberId: 'giap',
      hasOpenRequest: false,
      neededBy,
      today: '2024-02-10',
    });

  it.each([
    ['2024-02-09', false],
    ['2024-02-10', true],
    ['2024-02-11', true],
  ])('needed by %s, sent on 10/02: %s', (neededBy, ok) => {
    expect(send(neededBy).ok).toBe(ok);
  });

  it('says why a past day is refused', () => {
    expect(send('2024-02-09')).toEqual({
      ok: false,
      reason: 'bad_date',
      message: 'Ngày cần được hỗ trợ phải từ hôm nay trở đi.',
    });
  });
});
