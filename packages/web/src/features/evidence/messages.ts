/** Strings added to the evidence library after the shared catalog (CONVENTIONS #19). */
export const evidenceMessages = {
  readOnly:
    'Bạn đang xem thư viện minh chứng của xã (chỉ đọc). Chỉ cán bộ của xã được tải lên, sửa hoặc xóa tài liệu.',
  delete: 'Xóa',
  deleteTitle: (file: string) => `Xóa tài liệu ${file}?`,
  deleteUnlinked: 'Tài liệu và tệp đã lưu sẽ bị xóa khỏi thư viện. Không thể hoàn tác.',
  deleteLinked: (n: number) =>
    `Tài liệu đang được gắn làm minh chứng cho ${n} mục dưới đây. Xóa sẽ bỏ gắn ở tất cả các mục này, rồi xóa tài liệu và tệp đã lưu. Không thể hoàn tác.`,
  deleteLinkedOk: 'Bỏ gắn ở mọi nơi và xóa',
  deleted: (file: string) => `Đã xóa ${file}.`,
  tooLarge: (maxMb: string) => `Tệp quá lớn: tối đa ${maxMb} mỗi tệp. Hãy nén hoặc tách tệp rồi tải lên lại.`,
  uploading: (percent: number) => `Đang tải lên ${percent}%`,
  uploadedShort: 'Đã tải lên',
  duplicateShort: 'Đã có trong thư viện',
  queueTitle: 'Tệp vừa chọn',
  citationInvalid: 'Chưa tải lên: hãy sửa các trường được đánh dấu ở phần trích dẫn rồi chọn lại tệp.',
} as const;
