import { lastDay, type WorkflowState } from '@xaso/domain/assessment/workflow';
import { formatDayVi } from '@xaso/domain/text';
import { AppError } from '../../../http/app-error.ts';

/** Why the assessment cannot be changed now, in words the commune can act on. */
export function lockedError(state: WorkflowState): AppError {
  return new AppError(
    'LOCKED',
    state.cycleClosed
      ? 'Kỳ đánh giá đã đóng: không thay đổi được nữa.'
      : state.status === 'submitted'
        ? 'Bản tự đánh giá đã được gửi. Chủ tịch UBND xã rút lại trước hạn thì mới sửa được.'
        : `Đã quá hạn tự đánh giá (${formatDayVi(lastDay(state))}). Liên hệ cơ quan thường trực để được mở lại.`,
  );
}
