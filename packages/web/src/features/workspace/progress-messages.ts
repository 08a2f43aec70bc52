import type { EntryCounts } from '@xaso/domain/assessment/progress';

/**
 * Strings of the workspace header, summary and submit confirmation (issue 10, items 13–14). Separate from
 * `messages.ts`, which holds the item form's strings.
 */
export const progressMessages = {
  criteriaLine: (met: string | null, c: EntryCounts['criteria']) =>
    [
      `Tiêu chí: ${met ?? `chưa nhập tiêu chí nào trong ${c.total}`}`,
      ...(met && c.notEntered.length > 0 ? [`${c.notEntered.length} chưa nhập`] : []),
      `${c.withoutEvidence.length} chưa có minh chứng`,
    ].join(' · '),
  indicatorsLine: (i: EntryCounts['indicators']) =>
    `Chỉ số: đã nhập ${i.total - i.notEntered.length}/${i.total}`,
  submitTitle: 'Gửi bản tự đánh giá?',
  submitAllDone: 'Đã nhập đủ các tiêu chí và chỉ số, tiêu chí nào cũng có minh chứng.',
  submitMissing: 'Bản tự đánh giá còn thiếu:',
  criteriaNotEntered: (n: number, total: number) => `${n}/${total} tiêu chí chưa nhập`,
  indicatorsNotEntered: (n: number, total: number) => `${n}/${total} chỉ số chưa nhập`,
  withoutEvidence: (n: number, total: number) => `${n}/${total} tiêu chí chưa có minh chứng`,
  codes: (codes: string[], limit = 12) =>
    codes.length > limit
      ? `${codes.slice(0, limit).join(', ')} và ${codes.length - limit} mục khác`
      : codes.join(', '),
  submitAfter: 'Sau khi gửi, muốn sửa phải rút lại (trước hạn).',
  submitAnyway: 'Vẫn gửi',
} as const;
