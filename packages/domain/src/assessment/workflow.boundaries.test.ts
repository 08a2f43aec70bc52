import { describe, expect, it } from 'vitest';
import { canEdit, isOpen, lastDay, transition, type WorkflowState } from './workflow.ts';

// Every comparison in the workflow rules, with a case on each side of its boundary (issue 10, item 17).
// The deadline day itself counts; a reopening may end today but not yesterday.

const deadline = '2026-02-15';
const dayBefore = '2026-02-14';
const dayAfter = '2026-02-16';
const draft: WorkflowState = { status: 'draft', deadline, reopenedUntil: null };
const submitted: WorkflowState = { ...draft, status: 'submitted' };

describe('lastDay: the deadline, or a later reopening', () => {
  it.each([
    ['not reopened', null, deadline],
    ['reopened until a later day', '2026-03-01', '2026-03-01'],
    ['reopened until the day after the deadline', dayAfter, dayAfter],
    ['reopened until an earlier day (the deadline still stands)', dayBefore, deadline],
    ['reopened until the deadline itself', deadline, deadline],
  ] as const)('%s', (_case, reopenedUntil, expected) => {
    expect(lastDay({ ...draft, reopenedUntil })).toBe(expected);
  });
});

describe('isOpen / canEdit: the last day counts, the day after does not', () => {
  it.each([
    [dayBefore, true],
    [deadline, true],
    [dayAfter, false],
  ])('on %s the window is open: %s', (today, open) => {
    expect(isOpen(draft, today)).toBe(open);
    expect(canEdit(draft, today)).toBe(open);
  });

  it('a reopening moves the last day: open on it, closed the day after', () => {
    const reopened = { ...draft, reopenedUntil: '2026-03-01' };
    expect(isOpen(reopened, '2026-03-01')).toBe(true);
    expect(isOpen(reopened, '2026-03-02')).toBe(false);
  });

  it('an earlier reopening day does not shorten the deadline', () => {
    const reopened = { ...draft, reopenedUntil: dayBefore };
    expect(isOpen(reopened, deadline)).toBe(true);
    expect(isOpen(reopened, dayAfter)).toBe(false);
  });

  it('a submitted assessment is never editable, even inside the window', () => {
    expect(isOpen(submitted, dayBefore)).toBe(true);
    expect(canEdit(submitted, dayBefore)).toBe(false);
  });
});

describe('submit and withdraw on each side of the last day', () => {
  it.each([
    ['submit', draft, dayBefore, 'submitted'],
    ['submit', draft, deadline, 'submitted'],
    ['submit', draft, dayAfter, 'deadline_passed'],
    ['withdraw', submitted, dayBefore, 'draft'],
    ['withdraw', submitted, deadline, 'draft'],
    ['withdraw', submitted, dayAfter, 'deadline_passed'],
  ] as const)('%s on %s … %s → %s', (action, state, today, expected) => {
    const result = transition(state, action, today);
    expect(result.ok ? result.state.status : result.reason).toBe(expected);
  });

  it('keeps the deadline and the reopening day when it changes the status', () => {
    const reopened: WorkflowState = { status: 'draft', deadline, reopenedUntil: '2026-03-01' };
    expect(transition(reopened, 'submit', '2026-02-20')).toEqual({
      ok: true,
      state: { status: 'submitted', deadline, reopenedUntil: '2026-03-01' },
    });
    expect(transition({ ...reopened, status: 'submitted' }, 'withdraw', '2026-03-01')).toEqual({
      ok: true,
      state: reopened,
    });
  });

  it('refuses the wrong status with its own message, whatever the day', () => {
    expect(transition(submitted, 'submit', dayBefore)).toEqual({
      ok: false,
      reason: 'wrong_status',
      message: 'Bản tự đánh giá đã được gửi.',
    });
    expect(transition(draft, 'withdraw', dayBefore)).toEqual({
      ok: false,
      reason: 'wrong_status',
      message: 'Chỉ rút lại được bản đã gửi.',
    });
    // The status is checked before the date: a late wrong action still says what is wrong with it.
    expect(transition(submitted, 'submit', dayAfter)).toMatchObject({ reason: 'wrong_status' });
    expect(transition(draft, 'withdraw', dayAfter)).toMatchObject({ reason: 'wrong_status' });
  });

  it('a late withdrawal names the last day, the reopening day when there is one', () => {
    expect(transition(submitted, 'withdraw', dayAfter)).toEqual({
      ok: false,
      reason: 'deadline_passed',
      message: 'Đã quá hạn 15/02/2026. Liên hệ cơ quan thường trực để được mở lại.',
    });
    const reopened: WorkflowState = { status: 'draft', deadline, reopenedUntil: '2026-03-01' };
    expect(transition(reopened, 'submit', '2026-03-02')).toMatchObject({
      reason: 'deadline_passed',
      message: 'Đã quá hạn 01/03/2026. Liên hệ cơ quan thường trực để được mở lại.',
    });
  });
});

describe('reopen: until today or later, from any status, at any time', () => {
  const today = '2026-03-01';

  it.each([
    ['yesterday', '2026-02-28', false],
    ['today', today, true],
    ['tomorrow', '2026-03-02', true],
  ])('until %s (%s) is accepted: %s', (_when, until, accepted) => {
    const result = transition(submitted, 'reopen', today, until);
    expect(result.ok).toBe(accepted);
    if (result.ok) expect(result.state).toEqual({ status: 'draft', deadline, reopenedUntil: until });
    else
      expect(result).toEqual({
        ok: false,
        reason: 'bad_date',
        message: 'Hạn mở lại phải từ hôm nay trở đi.',
      });
  });

  it('needs a day: none, or an empty one, is refused', () => {
    expect(transition(submitted, 'reopen', today)).toMatchObject({ ok: false, reason: 'bad_date' });
    expect(transition(submitted, 'reopen', today, '')).toMatchObject({ ok: false, reason: 'bad_date' });
  });

  it('reopens a draft too (the commune never submitted), and the reopened day is then open', () => {
    const result = transition(draft, 'reopen', today, today);
    expect(result).toEqual({ ok: true, state: { status: 'draft', deadline, reopenedUntil: today } });
    if (result.ok) expect(canEdit(result.state, today)).toBe(true);
  });
});
