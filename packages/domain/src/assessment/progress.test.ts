import { describe, expect, it } from 'vitest';
import {
  criteriaProgressText,
  deadlineText,
  entryCounts,
  itemsEntered,
  PROGRESS_LABELS,
  progressState,
} from './progress.ts';

const item = (
  kind: 'criterion' | 'indicator',
  code: string,
  entered: boolean,
  options: { excluded?: boolean; evidence?: number } = {},
) => ({
  kind,
  code,
  result: entered ? {} : null,
  exclusionReason: options.excluded ? 'Không áp dụng' : null,
  evidence: Array.from({ length: options.evidence ?? 0 }),
});

describe('progress words', () => {
  it.each([
    ['not_started', 0, 'Chưa bắt đầu'],
    ['draft', 0, 'Chưa bắt đầu'],
    ['draft', 1, 'Đang nhập'],
    ['submitted', 0, 'Đã gửi'],
    ['submitted', 5, 'Đã gửi'],
  ] as const)('%s with %i entered reads "%s" in every view', (status, entered, label) => {
    expect(PROGRESS_LABELS[progressState({ status, itemsEntered: entered })]).toBe(label);
  });

  it('says nothing of criteria met before anything is entered, never "Đạt 0/0"', () => {
    expect(criteriaProgressText({ state: 'not_started', criteriaMet: 0, criteriaTotal: 0 })).toBeNull();
    expect(criteriaProgressText({ state: 'not_started', criteriaMet: 0, criteriaTotal: 37 })).toBeNull();
    expect(criteriaProgressText({ state: 'in_progress', criteriaMet: 0, criteriaTotal: 0 })).toBeNull();
    expect(criteriaProgressText({ state: 'in_progress', criteriaMet: 3, criteriaTotal: 37 })).toBe(
      'Đạt 3/37 tiêu chí',
    );
  });

  it('counts criteria and indicators apart, leaving out criteria not applicable', () => {
    const counts = entryCounts([
      item('criterion', '1.1', true, { evidence: 1 }),
      item('criterion', '1.2', false),
      item('criterion', '2.5', false, { excluded: true }),
      item('indicator', '1.1', false),
      item('indicator', '1.2', true),
      item('indicator', '1.3', false),
    ]);
    expect(counts).toEqual({
      criteria: { total: 2, notEntered: ['1.2'], withoutEvidence: ['1.2'] },
      indicators: { total: 3, notEntered: ['1.1', '1.3'] },
    });
    expect(itemsEntered([item('criterion', '1.1', true), item('indicator', '1.1', false)])).toBe(1);
  });

  it('names one date once: a reopening to the deadline itself does not repeat it', () => {
    expect(deadlineText({ deadline: '08/12/2026', reopenedUntil: null })).toBe('Hạn: 08/12/2026');
    expect(deadlineText({ deadline: '08/12/2026', reopenedUntil: '08/12/2026' })).toBe(
      'Hạn: 08/12/2026 (đã mở lại)',
    );
    expect(deadlineText({ deadline: '08/12/2026', reopenedUntil: '20/12/2026' })).toBe(
      'Được mở lại đến 20/12/2026 (hạn ban đầu 08/12/2026)',
    );
  });
});
