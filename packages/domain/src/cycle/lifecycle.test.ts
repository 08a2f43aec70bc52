import { describe, expect, it } from 'vitest';
import { canEdit, transition } from '../assessment/workflow.ts';
import {
  CYCLE_STATUSES,
  CYCLE_TRANSITIONS,
  type CycleAction,
  cycleTransition,
  pastDeadlines,
  pastDeadlineWarning,
  roundKey,
} from './lifecycle.ts';

describe('cycle lifecycle', () => {
  // Every action × every status × with and without commune data: the whole table, written out.
  it.each([
    ['edit', 'open', false, 'open'],
    ['edit', 'open', true, 'open'],
    ['edit', 'closed', false, 'wrong_status'],
    ['edit', 'closed', true, 'wrong_status'],
    ['reopenCommunes', 'open', false, 'open'],
    ['reopenCommunes', 'open', true, 'open'],
    ['reopenCommunes', 'closed', false, 'wrong_status'],
    ['reopenCommunes', 'closed', true, 'wrong_status'],
    ['close', 'open', false, 'closed'],
    ['close', 'open', true, 'closed'],
    ['close', 'closed', false, 'wrong_status'],
    ['close', 'closed', true, 'wrong_status'],
    ['delete', 'open', false, 'deleted'],
    ['delete', 'open', true, 'holds_data'],
    ['delete', 'closed', false, 'deleted'],
    ['delete', 'closed', true, 'holds_data'],
  ] as const)('%s from %s (data: %s) → %s', (action, status, holdsData, expected) => {
    const result = cycleTransition({ status, holdsData }, action);
    expect(result.ok ? (result.status ?? 'deleted') : result.reason).toBe(expected);
  });

  it('covers every action of the table, each needing the office right, each refusal in words', () => {
    const actions = Object.keys(CYCLE_TRANSITIONS) as CycleAction[];
    expect(actions.sort()).toEqual(['close', 'delete', 'edit', 'reopenCommunes']);
    for (const action of actions) {
      expect(CYCLE_TRANSITIONS[action].right).toBe('cycle:manage');
      for (const status of CYCLE_STATUSES) {
        for (const holdsData of [false, true]) {
          const result = cycleTransition({ status, holdsData }, action);
          if (!result.ok) expect(result.message).toMatch(/^Kỳ đánh giá đã/);
        }
      }
    }
  });

  it('tells why a cycle with data is not deleted, and what to do instead', () => {
    const result = cycleTransition({ status: 'open', holdsData: true }, 'delete');
    expect(result.ok ? '' : result.message).toContain('Hãy đóng kỳ thay vì xóa');
  });
});

describe('past deadlines (a warning on the cycle form)', () => {
  const deadlines = { selfAssessment: '2026-02-15', confirmation: '2026-12-10', dossier: '2026-12-15' };

  it('the deadline day itself is not past; the day after is', () => {
    expect(pastDeadlines(deadlines, '2026-02-15')).toEqual([]);
    expect(pastDeadlines(deadlines, '2026-02-16')).toEqual(['selfAssessment']);
    expect(pastDeadlines(deadlines, '2026-12-16')).toEqual(['selfAssessment', 'confirmation', 'dossier']);
  });

  it('no warning while every deadline is ahead', () => {
    expect(pastDeadlineWarning(deadlines, '2026-02-15')).toBeNull();
  });

  it('names the past deadlines with their dates and says the communes will be locked', () => {
    expect(pastDeadlineWarning(deadlines, '2026-03-02')).toBe(
      'Đã qua hạn tự đánh giá 15/02/2026: các xã sẽ không nhập được cho đến khi được mở lại. Sửa hạn, hoặc mở lại cho các xã sau khi tạo kỳ.',
    );
  });

  it('a form holding dates out of order (refused on submit) warns about a past later deadline, without the lock', () => {
    const typed = { selfAssessment: '2026-12-10', confirmation: '2026-01-10', dossier: '2026-12-15' };
    expect(pastDeadlineWarning(typed, '2026-03-02')).toBe('Đã qua hạn xác nhận 10/01/2026.');
  });
});

describe('round names', () => {
  it.each([
    [null, '', true],
    [undefined, null, true],
    ['Đợt 2', 'đợt  2 ', true],
    ['Đợt 2', 'Đợt 3', false],
    ['Đợt 2', null, false],
    // Composed and decomposed Vietnamese are the same name.
    ['Đợt bổ sung', 'Đợt bổ sung'.normalize('NFD'), true],
  ])('%o and %o are the same round: %s', (a, b, same) => {
    expect(roundKey(a) === roundKey(b)).toBe(same);
  });
});

describe('a closed cycle in the assessment workflow', () => {
  const open = { status: 'draft' as const, deadline: '2026-12-10', reopenedUntil: '2026-12-31' };
  const closed = { ...open, cycleClosed: true };

  it('nothing is editable however far the deadline or the reopening lies', () => {
    expect(canEdit(open, '2026-03-02')).toBe(true);
    expect(canEdit(closed, '2026-03-02')).toBe(false);
  });

  it.each(['submit', 'withdraw', 'reopen'] as const)('%s is refused with the reason', (action) => {
    const result = transition(
      { ...closed, status: action === 'withdraw' ? 'submitted' : 'draft' },
      action,
      '2026-03-02',
      '2026-03-20',
    );
    expect(result).toEqual({
      ok: false,
      reason: 'cycle_closed',
      message: 'Kỳ đánh giá đã đóng: không thay đổi được nữa.',
    });
  });
});
