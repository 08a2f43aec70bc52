/** Strings of the workspace added after the shared catalog (CONVENTIONS #19): self-scoring and judgements. */
export const workspaceMessages = {
  selfPoints: 'Điểm tự chấm',
  /** An indicator scored by a person (rule `manual`): the commune's points are its score. */
  selfPointsManualHint: (range: string) =>
    `Chỉ số này do người chấm điểm: nhập điểm xã tự chấm, trong khoảng ${range} điểm. Thẩm định viên sẽ xem xét sau.`,
  selfPointsManualHintOpen: (min: string) =>
    `Chỉ số này do người chấm điểm: nhập điểm xã tự chấm, từ ${min} điểm trở lên (chưa biết điểm tối đa). Thẩm định viên sẽ xem xét sau.`,
  selfPointsCheckHint: 'Không bắt buộc. Điểm xã tự chấm, chỉ để đối chiếu với điểm tính từ số liệu.',
  selfPointsReason: 'Căn cứ chấm điểm',
  selfPointsReasonHint: 'Việc đã làm, văn bản minh chứng. Bắt buộc khi nhập điểm tự chấm.',
  notStarted: 'Chưa thực hiện (0 điểm)',
  selfJudgement: 'Xã tự đánh giá',
  selfJudgementHint:
    'Chỉ tiêu định tính: xã tự đánh giá Đạt hoặc Chưa đạt và nêu căn cứ. Thẩm định viên sẽ xác nhận sau.',
  met: 'Đạt',
  notMet: 'Chưa đạt',
  selfJudgementReason: 'Mô tả căn cứ tự đánh giá',
  /** The list shows points even while the maximum is unknown (hand-scored indicators of QĐ 3853). */
  pointsNoMax: (points: string) => `${points} điểm (chưa biết điểm tối đa)`,
} as const;
