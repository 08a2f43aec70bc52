/** The closed list of error codes. The web app branches on these, never on message text. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'TOO_MANY_ATTEMPTS',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_FILE',
  'IMPORT_FAILED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  TOO_MANY_ATTEMPTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
  IMPORT_FAILED: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Default Vietnamese messages: each says what happened and what to do. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  BAD_REQUEST: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại dữ liệu đã nhập.',
  VALIDATION_FAILED: 'Dữ liệu chưa hợp lệ. Vui lòng sửa các trường được đánh dấu rồi gửi lại.',
  UNAUTHENTICATED: 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.',
  FORBIDDEN: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  CSRF_FAILED: 'Phiên làm việc không hợp lệ. Vui lòng tải lại trang rồi thử lại.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu. Có thể dữ liệu đã bị xóa hoặc bạn không có quyền xem.',
  CONFLICT: 'Dữ liệu đã bị người khác thay đổi. Vui lòng tải lại và thử lại.',
  LOCKED: 'Bản tự đánh giá đang khóa (đã gửi hoặc đã quá hạn). Không thể thay đổi.',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng thử lại.',
  ACCOUNT_DISABLED: 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.',
  TOO_MANY_ATTEMPTS: 'Bạn đã thử đăng nhập sai quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  UNSUPPORTED_FILE: 'Loại tệp không được hỗ trợ.',
  IMPORT_FAILED: 'Không nhập được tệp. Không có dữ liệu nào được thay đổi.',
  UNAVAILABLE: 'Chức năng này chưa sẵn sàng trên máy chủ. Vui lòng liên hệ quản trị viên.',
  INTERNAL: 'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại sau hoặc liên hệ quản trị viên.',
};
