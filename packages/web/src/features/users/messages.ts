/** Strings of a user's e-mail address (notifications by e-mail, issue 12); the rest of the page is in i18n/vi.ts. */
export const userEmailMessages = {
  label: 'Thư điện tử',
  extra: 'Không bắt buộc. Thông báo được gửi tới địa chỉ này khi máy chủ bật gửi thư.',
  placeholder: 'ten.nguoi@thanhhoa.gov.vn',
  edit: 'Thư điện tử',
  editTitle: (u: string) => `Thư điện tử của ${u}`,
  remove: 'Bỏ địa chỉ',
  saved: 'Đã lưu địa chỉ thư điện tử.',
  removed: 'Đã bỏ địa chỉ thư điện tử.',
};
