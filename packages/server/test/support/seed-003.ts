/**
 * Seed 003 (UBND xã Quảng Bình, self-assessment against QĐ 3853 for 2022), every indicator as the commune
 * reported it: the raw figures, the percentage and the points its report typed, its words for the indicators a
 * person scores. Written once in the field names of the save API and of the CLI's `score --input` file, so the
 * same figures go through both. The seed numbers 7.6 twice; the second is 7.7 (frameworks/README.md).
 */
export const SEED_003_INPUT: Record<string, Record<string, unknown>> = {
  '1.1': { value: true, selfPoints: 20 },
  '1.2': { value: true, selfPoints: 20 },
  '1.3': { value: true, selfPoints: 20 },
  '1.4': { value: true, selfPoints: 10 },
  '1.5': {
    value: 4,
    selfPoints: 10,
    selfPointsReason: 'Đài truyền thanh xã phát sóng chuyên mục chuyển đổi số từ 4 lần/tuần',
  },
  '1.6': { value: true, selfPoints: 20 },
  '2.1': { value: true, selfPoints: 20 },
  '2.2': { value: true, selfPoints: 20 },
  '2.3': { value: true, selfPoints: 20 },
  '2.4': { value: true, selfPoints: 20 },
  '2.5': { value: true, selfPoints: 15 },
  '3.1': { numerator: 21, denominator: 21, selfPoints: 5 },
  '3.2': { typedPercent: 100, selfPoints: 5 },
  '3.3': { value: true, selfPoints: 10 },
  '3.4': {
    numerator: 4445,
    denominator: 5293,
    typedPercent: 84.8,
    selfPoints: 10,
    selfPointsReason: '4.445/5.293 người trưởng thành có điện thoại thông minh (khảo sát toàn xã)',
  },
  '3.5': { typedPercent: 100, selfPoints: 10 },
  '3.6': { value: true, selfPoints: 10 },
  '3.7': { value: true, selfPoints: 10 },
  '3.8': { value: true, selfPoints: 10 },
  '3.9': { value: true, selfPoints: 10 },
  '3.10': { value: true, selfPoints: 5 },
  '3.11': {
    value: 1_800_000_000,
    selfPoints: 10,
    selfPointsReason: 'Chi 1,8 tỷ đồng lắp đài truyền thanh thông minh và camera an ninh',
  },
  '4.1': { value: true, selfPoints: 20 },
  '4.2': { numerator: 5, denominator: 5, selfPoints: 20 },
  '4.3': { value: true, selfPoints: 20 },
  '4.4': { numerator: 21, denominator: 21, selfPoints: 20 },
  '4.5': { numerator: 3, denominator: 3, selfPoints: 10 },
  '5.1': { value: 0, selfPoints: 10, selfPointsReason: 'Chưa xảy ra sự cố an toàn thông tin mạng' },
  '5.2': { selfPoints: 20, selfPointsReason: 'Chưa có sự cố an toàn thông tin mạng phải xử lý' },
  '5.3': { numerator: 21, denominator: 21, selfPoints: 30 },
  '5.4': {
    value: 10_000_000,
    selfPoints: 20,
    selfPointsReason: 'Chi 10.000.000 đồng cài phần mềm diệt vi rút và nâng cấp mạng',
  },
  '6.1': {
    value: 'Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo Nghị định 42/2022/NĐ-CP',
    selfPoints: 12,
    selfPointsReason: 'Trang thông tin điện tử đáp ứng Nghị định 42/2022/NĐ-CP',
  },
  '6.2': { numerator: 26, denominator: 55, typedPercent: 52.7, selfPoints: 10.54 },
  '6.3': { numerator: 26, denominator: 55, typedPercent: 52.7, selfPoints: 15.81 },
  '6.4': {
    value: '115 lượt hài lòng, rất hài lòng trên 04 lĩnh vực',
    selfPoints: 9.9,
    selfPointsReason: '115 lượt người dân đánh giá hài lòng, rất hài lòng khi dùng DVCTT',
  },
  '6.5': { value: true, selfPoints: 10 },
  '6.6': { value: true, selfPoints: 15 },
  '6.7': { numerator: 13, denominator: 13, selfPoints: 20 },
  '6.8': { numerator: 15470, denominator: 15473, typedPercent: 95, selfPoints: 19.7 },
  '6.9': { numerator: 6, denominator: 6, selfPoints: 10 },
  '6.10': { numerator: 10, denominator: 10, selfPoints: 4.7 },
  '6.11': { numerator: 1470, denominator: 1473, typedPercent: 99.7, selfPoints: 9.97 },
  '6.12': { typedPercent: 100, selfPoints: 9.97 },
  '6.13': { value: true, selfPoints: 5 },
  '7.1': {
    value: 2,
    selfPoints: 20,
    selfPointsReason: '2/19 doanh nghiệp nhỏ và vừa tham gia chương trình SMEdx',
  },
  '7.2': { numerator: 19, denominator: 19, selfPoints: 10 },
  '7.3': { status: 'not_started' },
  '7.4': { numerator: 7, denominator: 19, selfPoints: 3.68 },
  '7.5': {
    value: 1,
    selfPoints: 10,
    selfPointsReason: '01 điểm bưu điện văn hóa xã có kết nối băng rộng cố định',
  },
  '7.6': { numerator: 2, denominator: 19, typedPercent: 10.5, selfPoints: 4.2 },
  '7.7': { value: true, selfPoints: 5 },
  '8.1': { numerator: 1068, denominator: 6633, typedPercent: 16.1, selfPoints: 1.6 },
  '8.2': {
    numerator: 3831,
    denominator: 5239,
    typedPercent: 72.3,
    selfPoints: 10,
    selfPointsReason: '3.831/5.239 người trưởng thành có tài khoản giao dịch ngân hàng',
  },
  '8.3': { status: 'not_started' },
  '8.4': {
    value: 'Kế hoạch bảo đảm an toàn thông tin mạng; tuyên truyền trên hệ thống truyền thanh',
    selfPoints: 42.5,
    selfPointsReason: 'Có kế hoạch và tuyên truyền thường xuyên về an toàn trên không gian mạng',
  },
  '8.5': {
    value: '13 ý kiến phản hồi qua kênh Zalo được xử lý, trả lời',
    selfPoints: 10,
    selfPointsReason: '13 ý kiến của công dân được tiếp nhận và trả lời qua Zalo',
  },
};

/**
 * The points seed 003 prints per indicator ("Chấm điểm"), 729,57 in all; 8.3 has none. The product recomputes
 * what it can from the figures (6.2, 6.3, 6.11, 7.6, 8.1) and cannot score 6.8, 6.10 and 6.12 until their
 * maximum is known, so the product's total is 692,51 (issue 10 measured 692 through the CLI, 498 through the app).
 */
export const SEED_003_PRINTED_POINTS: Record<string, number> = Object.fromEntries(
  Object.entries(SEED_003_INPUT).map(([code, input]) => [
    code,
    (input.selfPoints as number | undefined) ?? 0,
  ]),
);
