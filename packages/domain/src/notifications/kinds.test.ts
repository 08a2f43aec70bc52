import { describe, expect, it } from 'vitest';
import { daysBetween, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, notificationTitle } from './kinds.ts';

describe('notificationTitle', () => {
  const about = { communeName: 'Xã Bát Mọt', criterionCode: '3.4' };

  it.each([
    ['request_received', 'Xã Bát Mọt đề nghị hỗ trợ tiêu chí 3.4'],
    ['request_answered', 'Đề nghị hỗ trợ tiêu chí 3.4 của Xã Bát Mọt đã được trả lời'],
    ['request_closed', 'Đề nghị hỗ trợ tiêu chí 3.4 của Xã Bát Mọt đã đóng'],
    ['plan_submitted', 'Phương án hỗ trợ tiêu chí 3.4 cho Xã Bát Mọt chờ Trưởng BCĐ duyệt'],
    ['plan_approved', 'Phương án hỗ trợ tiêu chí 3.4 cho Xã Bát Mọt đã được duyệt'],
    ['plan_returned', 'Phương án hỗ trợ tiêu chí 3.4 cho Xã Bát Mọt bị trả lại'],
  ] as const)('%s', (kind, title) => {
    expect(notificationTitle(kind, about)).toBe(title);
  });

  it('comment_added names who wrote, the criterion and the commune', () => {
    expect(notificationTitle('comment_added', { ...about, authorName: 'Lê Văn Thành' })).toBe(
      'Lê Văn Thành góp ý về đề nghị hỗ trợ tiêu chí 3.4 của Xã Bát Mọt',
    );
  });

  it('criterion_assigned', () => {
    expect(
      notificationTitle('criterion_assigned', {
        criteria: [{ code: '3.4', name: 'Tỷ lệ dân số trưởng thành có điện thoại thông minh' }],
        year: 2024,
      }),
    ).toBe(
      'Bạn được phân công phụ trách tiêu chí 3.4 (Tỷ lệ dân số trưởng thành có điện thoại thông minh) năm 2024',
    );
  });

  it('criterion_assigned: several criteria in one notice, the first five codes listed', () => {
    const criteria = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ code: `1.${i + 1}`, name: `T${i}` }));
    expect(notificationTitle('criterion_assigned', { criteria: criteria(2), year: 2023 })).toBe(
      'Bạn được phân công phụ trách 2 tiêu chí năm 2023: 1.1, 1.2',
    );
    expect(notificationTitle('criterion_assigned', { criteria: criteria(5), year: 2023 })).toBe(
      'Bạn được phân công phụ trách 5 tiêu chí năm 2023: 1.1, 1.2, 1.3, 1.4, 1.5',
    );
    expect(notificationTitle('criterion_assigned', { criteria: criteria(6), year: 2023 })).toBe(
      'Bạn được phân công phụ trách 6 tiêu chí năm 2023: 1.1, 1.2, 1.3, 1.4, 1.5, …',
    );
  });

  it('deadline_soon, counting days or saying today', () => {
    const what = 'gửi kết quả tự rà soát';
    expect(notificationTitle('deadline_soon', { what, day: '2024-02-15', daysLeft: 7 })).toBe(
      'Còn 7 ngày đến hạn gửi kết quả tự rà soát (15/02/2024)',
    );
    expect(notificationTitle('deadline_soon', { what, day: '2024-02-15', daysLeft: 1 })).toBe(
      'Còn 1 ngày đến hạn gửi kết quả tự rà soát (15/02/2024)',
    );
    expect(notificationTitle('deadline_soon', { what, day: '2024-02-15', daysLeft: 0 })).toBe(
      'Hôm nay (15/02/2024) là hạn gửi kết quả tự rà soát',
    );
  });

  it('labels every kind', () => {
    expect(Object.keys(NOTIFICATION_KIND_LABELS)).toEqual([...NOTIFICATION_KINDS]);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-02-08', '2024-02-15', 7],
    ['2024-02-28', '2024-03-01', 2], // 2024 is a leap year
    ['2023-02-28', '2023-03-01', 1],
    ['2024-12-31', '2025-01-01', 1],
    ['2024-02-15', '2024-02-15', 0],
    ['2024-02-16', '2024-02-15', -1],
  ])('%s → %s: %i', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });
});
