import { describe, expect, it } from 'vitest';
import {
  editorOf,
  isLateForConfirmation,
  isLocked,
  nextResultState,
  RESULT_ACTORS,
  RESULT_EVENTS,
  RESULT_MESSAGES,
  RESULT_STATES,
  type ResultActor,
  type ResultEvent,
  type ResultState,
} from './result-state.ts';

// Written out by hand from the issue, independently of the table: every allowed (state, event, actor) and where
// it leads. Everything not listed must be refused.
const ALLOWED: [ResultState, ResultEvent, ResultActor, ResultState][] = [
  ['self', 'submit', 'commune', 'submitted'],
  ['submitted', 'return', 'member', 'returned'],
  ['returned', 'resubmit', 'commune', 'submitted'],
  ['submitted', 'confirm', 'member', 'confirmed'],
  ['confirmed', 'agree', 'commune', 'confirmed'],
  ['confirmed', 'disagree', 'commune', 'confirmed'],
  ['confirmed', 'settle', 'office', 'final'],
  ['final', 'settle', 'office', 'final'],
  ['final', 'send', 'office', 'sent'],
  ['sent', 'verify_accept', 'province', 'sent'],
  ['sent', 'verify_return', 'province', 'final'],
  ['sent', 'recognise', 'province', 'recognised'],
  ['confirmed', 'unlock', 'office', 'submitted'],
  ['sent', 'unlock', 'province', 'final'],
  ['recognised', 'unlock', 'province', 'sent'],
];

const key = (s: string, e: string, a: string) => `${s}/${e}/${a}`;
const allowed = new Map(ALLOWED.map(([s, e, a, to]) => [key(s, e, a), to]));

describe('nextResultState: every state × event × actor', () => {
  const combos = RESULT_STATES.flatMap((s) =>
    RESULT_EVENTS.flatMap((e) => RESULT_ACTORS.map((a) => [s, e, a] as const)),
  );

  it.each(combos)('%s, %s by %s', (state, event, actor) => {
    const result = nextResultState(state, event, actor, 'Lý do ghi rõ');
    const expected = allowed.get(key(state, event, actor));
    if (expected === undefined) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/\S/);
    } else {
      expect(result).toEqual({ ok: true, state: expected });
    }
  });

  it('covers the whole space: 7 states × 12 events × 4 actors, 15 of them allowed', () => {
    expect(combos).toHaveLength(7 * 12 * 4);
    expect(combos.filter(([s, e, a]) => nextResultState(s, e, a, 'x').ok)).toHaveLength(ALLOWED.length);
  });
});

describe('refusals say why', () => {
  it('the wrong actor is told who may', () => {
    expect(nextResultState('submitted', 'confirm', 'commune')).toEqual({
      ok: false,
      reason: 'not_allowed',
      message: 'Chỉ thành viên BCĐ phụ trách tiêu chí này mới xác nhận được đánh giá.',
    });
    expect(nextResultState('confirmed', 'unlock', 'member', 'x')).toEqual({
      ok: false,
      reason: 'not_allowed',
      message: 'Chỉ Cơ quan thường trực mới mở khóa được kết quả này.',
    });
  });

  it('a commune may change only returned items: after submitting, it cannot resubmit', () => {
    expect(nextResultState('submitted', 'resubmit', 'commune')).toMatchObject({
      ok: false,
      reason: 'wrong_state',
    });
    expect(nextResultState('self', 'submit', 'commune')).toEqual({ ok: true, state: 'submitted' });
  });

  it('once sent, the results and the committee assessment are locked', () => {
    expect(nextResultState('sent', 'settle', 'office')).toEqual({
      ok: false,
      reason: 'locked',
      message: RESULT_MESSAGES.sent,
    });
    expect(nextResultState('recognised', 'agree', 'commune')).toEqual({
      ok: false,
      reason: 'locked',
      message: RESULT_MESSAGES.recognised,
    });
    expect(nextResultState('recognised', 'recognise', 'province')).toMatchObject({ reason: 'locked' });
  });

  it('a state not yet reached is the wrong state, not a lock', () => {
    expect(nextResultState('self', 'send', 'office')).toEqual({
      ok: false,
      reason: 'wrong_state',
      message: 'Chỉ gửi được kết quả đã chốt và chưa gửi.',
    });
  });

  it('returning, disagreeing, sending back and unlocking need a reason; blank text is none', () => {
    for (const blank of [undefined, '', '   ']) {
      expect(nextResultState('submitted', 'return', 'member', blank)).toEqual({
        ok: false,
        reason: 'reason_required',
        message: 'Cần ghi rõ lý do.',
      });
      expect(nextResultState('confirmed', 'disagree', 'commune', blank)).toEqual({
        ok: false,
        reason: 'reason_required',
        message: 'Cần ghi giải trình khi không thống nhất.',
      });
      expect(nextResultState('sent', 'verify_return', 'province', blank)).toMatchObject({
        reason: 'reason_required',
      });
      expect(nextResultState('sent', 'unlock', 'province', blank)).toEqual({
        ok: false,
        reason: 'reason_required',
        message: 'Cần ghi rõ lý do.',
      });
    }
  });

  it('the other events need no reason', () => {
    expect(nextResultState('confirmed', 'agree', 'commune')).toEqual({ ok: true, state: 'confirmed' });
    expect(nextResultState('sent', 'recognise', 'province')).toEqual({ ok: true, state: 'recognised' });
  });

  it('unlocking what is not locked is refused whoever asks', () => {
    for (const state of ['self', 'submitted', 'returned', 'final'] as const) {
      for (const actor of RESULT_ACTORS) {
        expect(nextResultState(state, 'unlock', actor, 'x')).toEqual({
          ok: false,
          reason: 'not_locked',
          message: RESULT_MESSAGES.notLocked,
        });
      }
    }
  });
});

describe('locks and editors', () => {
  it('locked from sending on', () => {
    expect(RESULT_STATES.filter(isLocked)).toEqual(['sent', 'recognised']);
  });

  it('the commune edits its own and returned items, the member a submitted one, the office up to sending', () => {
    expect(Object.fromEntries(RESULT_STATES.map((s) => [s, editorOf(s)]))).toEqual({
      self: 'commune',
      submitted: 'member',
      returned: 'commune',
      confirmed: 'office',
      final: 'office',
      sent: null,
      recognised: null,
    });
  });
});

describe('isLateForConfirmation', () => {
  it('late only after the deadline day, and only while still with the commune or the member', () => {
    expect(isLateForConfirmation('submitted', '2022-12-10', '2022-12-10')).toBe(false);
    expect(isLateForConfirmation('submitted', '2022-12-10', '2022-12-11')).toBe(true);
    expect(isLateForConfirmation('returned', '2022-12-10', '2022-12-11')).toBe(true);
    expect(isLateForConfirmation('self', '2022-12-10', '2022-12-11')).toBe(true);
    for (const s of ['confirmed', 'final', 'sent', 'recognised'] as const)
      expect(isLateForConfirmation(s, '2022-12-10', '2023-01-05')).toBe(false);
  });
});
