/** Strings of the responsibility matrix (phân công trách nhiệm, issue 12). */
export const responsibilityMessages = {
  title: 'Phân công trách nhiệm',
  pageTitle: (cycle: string) => `Phân công trách nhiệm — ${cycle}`,
  intro:
    'Mỗi tiêu chí có một đơn vị chủ trì, các đơn vị và tổ chức phối hợp, và một thành viên BCĐ chịu trách nhiệm chính. Thành viên được phân công nhận yêu cầu hỗ trợ của các xã về tiêu chí đó.',
  backToCycle: 'Về kỳ đánh giá',
  search: 'Tìm theo mã, tên tiêu chí, đơn vị, thành viên',
  onlyUnassigned: 'Chỉ hiện tiêu chí chưa có người chịu trách nhiệm',
  criterion: 'Tiêu chí',
  leadUnit: 'Đơn vị chủ trì',
  coordinatingUnits: 'Phòng, ban phối hợp',
  partners: 'Tổ chức phối hợp',
  member: 'Thành viên BCĐ chịu trách nhiệm',
  notAssigned: 'Chưa có người chịu trách nhiệm',
  none: '—',
  edit: 'Sửa',
  editOf: (code: string) => `Sửa phân công tiêu chí ${code}`,
  export: 'Xuất Excel',
  unassignedCount: (n: number, total: number) => `${n}/${total} tiêu chí chưa có người chịu trách nhiệm`,
  allAssigned: (total: number) => `Cả ${total} tiêu chí đã có người chịu trách nhiệm.`,
  appraisalStarted:
    'Kỳ đã bắt đầu thẩm định: mỗi lần thay đổi phân công tạo một phiên bản mới, phiên bản cũ được giữ để biết ai đã thẩm định tiêu chí nào.',
  noMatch: 'Không có tiêu chí nào khớp với tìm kiếm.',

  selected: (n: number) => `Đã chọn ${n} tiêu chí`,
  selectHint: 'Chọn các tiêu chí trong bảng để gán cùng lúc.',
  bulkHint: 'Chỉ những mục được chọn dưới đây được gán; mục để trống giữ nguyên.',
  bulkOpen: (n: number) => `Gán cho ${n} tiêu chí…`,
  bulkTitle: (n: number) => `Gán cho ${n} tiêu chí đã chọn`,
  bulkSubmit: (n: number) => `Gán cho ${n} tiêu chí`,
  bulkDone: (n: number) => `Đã gán cho ${n} tiêu chí.`,
  bulkNothing: 'Chọn ít nhất một nội dung để gán.',
  clearSelection: 'Bỏ chọn',
  pickLead: 'Chọn đơn vị chủ trì',
  pickUnits: 'Chọn phòng, ban phối hợp',
  pickPartners: 'Chọn tổ chức phối hợp',
  pickMember: 'Chọn thành viên BCĐ',
  rowSaved: (code: string) => `Đã lưu phân công tiêu chí ${code}.`,

  addPartner: 'Thêm tổ chức',
  addPartnerTitle: 'Thêm tổ chức phối hợp',
  partnerName: 'Tên tổ chức',
  partnerNamePlaceholder: 'Ví dụ: Viettel Thanh Hóa',
  partnerNameRequired: 'Vui lòng nhập tên tổ chức.',
  partnerAdded: (name: string) => `Đã thêm ${name}.`,

  stale: 'Bảng phân công vừa được người khác thay đổi',
  staleDetail:
    'Thay đổi của bạn chưa được lưu. Các tiêu chí đã chọn và nội dung đang gán vẫn giữ nguyên: tải lại bảng, xem lại rồi bấm gán lần nữa.',
  reload: 'Tải lại bảng phân công',

  cycleWarning: (n: number) => `${n} tiêu chí chưa có người chịu trách nhiệm`,
  cycleWarningDetail: 'Các xã chưa gửi được yêu cầu hỗ trợ cho những tiêu chí này.',
  openMatrix: 'Mở bảng phân công',

  noCycle: 'Chưa có kỳ đánh giá nào để phân công.',
  pickCycle: 'Kỳ đánh giá',
} as const;
