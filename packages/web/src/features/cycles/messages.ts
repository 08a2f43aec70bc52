/** Strings of the cycle corrections (issue 10, items 7 and 8), beside the shared catalog (CONVENTIONS #19). */
export const cycleMessages = {
  round: 'Tên đợt',
  roundPlaceholder: 'Để trống nếu là đợt chính của năm; ví dụ "Đợt 2"',
  roundHint: 'Chỉ cần khi mở thêm một đợt cùng năm, cùng địa bàn và cùng bộ tiêu chí.',
  titleWithRound: (title: string, round: string | null) => (round ? `${title} (${round})` : title),
  closedTag: 'Đã đóng',
  closedNotice: 'Kỳ đánh giá đã đóng: mọi dữ liệu chỉ xem được, không ai thay đổi được nữa.',

  edit: 'Sửa kỳ đánh giá',
  editTitle: (title: string) => `Sửa ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  submitEdit: 'Lưu thay đổi',
  saved: 'Đã lưu thay đổi của kỳ đánh giá.',
  fixedWhenOpen: 'Năm, địa bàn và bộ tiêu chí, bộ chỉ số không đổi được sau khi mở kỳ.',
  stale: 'Có người vừa sửa kỳ đánh giá này',
  reload: 'Tải lại kỳ đánh giá',

  reopenMany: 'Mở lại nhiều xã',
  reopenManyTitle: 'Mở lại cho nhiều xã',
  reopenManyHint:
    'Các xã được chọn được nhập, sửa và gửi lại đến hết ngày chọn dưới đây, kể cả xã chưa bắt đầu. Bản đã gửi trở lại trạng thái đang nhập.',
  reopenCommunes: 'Xã được mở lại',
  reopenSelectAll: (n: number) => `Chọn tất cả (${n})`,
  reopenSelected: (n: number, total: number) => `Đã chọn ${n}/${total} xã`,
  reopenPickOne: 'Chọn ít nhất một xã để mở lại.',
  reopenReason: 'Lý do mở lại',
  reopenReasonPlaceholder: 'Ví dụ: Mở kỳ năm trước để nhập lại số liệu',
  reopenReasonRequired: 'Vui lòng ghi lý do mở lại.',
  reopenSubmit: (n: number) => `Mở lại ${n} xã`,
  openUntil: (date: string) => `Mở đến ${date}`,
  reopenedMany: (n: number, date: string) => `Đã mở lại cho ${n} xã đến hết ngày ${date}.`,

  close: 'Đóng kỳ',
  closeConfirmTitle: 'Đóng kỳ đánh giá?',
  closeConfirm:
    'Sau khi đóng, các xã không nhập, sửa, gửi hay rút lại được nữa và không mở lại cho xã được. Mọi dữ liệu vẫn xem được.',
  closeOk: 'Đóng kỳ',
  closed: 'Đã đóng kỳ đánh giá.',

  delete: 'Xóa kỳ',
  deleteConfirmTitle: 'Xóa kỳ đánh giá?',
  deleteConfirm:
    'Chỉ xóa được kỳ mở nhầm, khi chưa xã nào lưu kết quả, gắn minh chứng, tạo văn bản hay gửi bản tự đánh giá. Không thể hoàn tác.',
  deleteOk: 'Xóa kỳ',
  deleted: 'Đã xóa kỳ đánh giá.',
} as const;
