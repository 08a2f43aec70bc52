/** Strings of the shared input components in `lib/` (number and date fields), Vietnamese. */
export const libMessages = {
  number: {
    notANumber: 'Chỉ nhập chữ số, dấu chấm (ngăn cách hàng nghìn) và dấu phẩy (thập phân).',
    /** "1.5", "36.8": a dot that cannot group thousands. Refused rather than guessed (see vi-number.ts). */
    dotNotDecimal: (asDecimal: string, typed: string) =>
      `Dấu chấm chỉ dùng để ngăn cách hàng nghìn. Nếu là số thập phân, viết ${asDecimal}; nếu là hàng nghìn, mỗi nhóm sau dấu chấm phải đủ 3 chữ số (không phải ${typed}).`,
    badGrouping: 'Mỗi nhóm sau dấu chấm phải đủ 3 chữ số, ví dụ 1.234.567.',
    oneComma: 'Chỉ dùng một dấu phẩy, làm dấu thập phân. Hàng nghìn ngăn cách bằng dấu chấm, ví dụ 1.234,5.',
    dotAfterComma: 'Dấu phẩy là dấu thập phân và đứng sau dấu chấm hàng nghìn, ví dụ 1.234,5.',
    tooLarge: 'Số quá lớn.',
    integer: 'Phải là số nguyên (không có phần thập phân).',
    negative: 'Không được âm.',
    min: (min: string) => `Không được nhỏ hơn ${min}.`,
    max: (max: string) => `Không được lớn hơn ${max}.`,
    /** Shown under the field while typing, so the officer sees the figure that will be saved. */
    equals: (formatted: string) => `= ${formatted}`,
    /** "4.445" typed: say it is read as thousands, not as the English decimal. */
    thousands: (formatted: string, englishReading: string) =>
      `= ${formatted} (hàng nghìn, không phải ${englishReading})`,
  },
  date: {
    invalid: 'Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 25/12/2026.',
    afterToday: 'Ngày ban hành sau ngày hôm nay.',
  },
};
