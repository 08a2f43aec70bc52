import { lastDay, type WorkflowState } from '@xaso/domain/assessment/workflow';
import { AppError } from '../../../http/app-error.ts';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Why the assessment cannot be changed now, in words the commune can act on. */
export function lockedError(state: WorkflowState): AppError {
  return new AppError(
    'LOCKED',
    state.status === 'submitted'
      ? 'Bản tự đánh giá đã được gửi. Chủ tịch UBND xã rút lại trước hạn thì mới sửa được.'
      : `Đã quá hạn tự đánh giá (${dmy(lastDay(state))}). Liên hệ cơ quan thường trực để được mở lại.`,
  );
}
