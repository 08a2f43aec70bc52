import { describe, expect, it } from 'vitest';
import { canEdit, transition, type WorkflowState } from './workflow.ts';

const draft: WorkflowState = { status: 'draft', deadline: '2026-02-15', reopenedUntil: null };
const submitted: WorkflowState = { ...draft, status: 'submitted' };

describe('assessment workflow', () => {
  it.each([
    // state, action, today, expected outcome
    [draft, 'submit', '2026-02-15', 'submitted'],
    [draft, 'submit', '2026-02-16', 'deadline_passed'],
    [submitted, 'submit', '2026-02-01', 'wrong_status'],
    [submitted, 'withdraw', '2026-02-14', 'draft'],
    [submitted, 'withdraw', '2026-02-16', 'deadline_passed'],
    [draft, 'withdraw', '2026-02-01', 'wrong_status'],
  ] as const)('%o %s on %s → %s', (state, action, today, expected) => {
    const result = transition(state, action, today);
    expect(result.ok ? result.state.status : result.reason).toBe(expected);
  });

  it('reopening after the deadline makes a submitted assessment an editable draft until the new day', () => {
    const result = transition(submitted, 'reopen', '2026-03-01', '2026-03-10');
    expect(result).toEqual({
      ok: true,
      state: { status: 'draft', deadline: '2026-02-15', reopenedUntil: '2026-03-10' },
    });
    if (!result.ok) return;
    expect(canEdit(result.state, '2026-03-10')).toBe(true);
    expect(canEdit(result.state, '2026-03-11')).toBe(false);
    expect(transition(result.state, 'submit', '2026-03-05').ok).toBe(true);
  });

  it('refuses to reopen until a day in the past', () => {
    const result = transition(submitted, 'reopen', '2026-03-01', '2026-02-20');
    expect(result).toMatchObject({ ok: false, reason: 'bad_date' });
  });

  it('says in Vietnamese, with the date, why a late submission is refused', () => {
    const result = transition(draft, 'submit', '2026-02-16');
    expect(result.ok ? '' : result.message).toBe(
      'Đã quá hạn 15/02/2026. Liên hệ cơ quan thường trực để được mở lại.',
    );
  });

  it('editing: only a draft, only until the last day', () => {
    expect(canEdit(draft, '2026-02-15')).toBe(true);
    expect(canEdit(draft, '2026-02-16')).toBe(false);
    expect(canEdit(submitted, '2026-02-01')).toBe(false);
  });
});
