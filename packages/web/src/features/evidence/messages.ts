/** Strings added to the evidence library after the shared catalog (CONVENTIONS #19). */
export const evidenceMessages = {
  readOnly:
    'Bạn đang xem thư viện minh chứng của xã (chỉ đọc). Chỉ cán bộ của xã được tải lên, sửa hoặc xoá tài liệu.',
} as const;
