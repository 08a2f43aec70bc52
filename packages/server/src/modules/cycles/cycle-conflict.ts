import type { Cycle } from '@xaso/domain/contracts/cycles';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';

/** What an office edit changed, as the 409 of another office user names it. */
export const CHANGE_LABELS = {
  round: 'tên đợt',
  selfAssessment: 'hạn tự đánh giá',
  confirmation: 'hạn xác nhận',
  dossier: 'hạn hồ sơ',
  communes: 'danh sách xã',
  exclusions: 'tiêu chí không áp dụng',
  status: 'trạng thái (đã đóng)',
} as const;
export type Change = keyof typeof CHANGE_LABELS;

/**
 * The 409 for an edit or close started from an older version: what others changed since (read from the audit
 * events, which record each version's changes) and the cycle as it stands now, so the form can reload.
 */
export async function staleCycleError(db: Db, current: Cycle, expectedVersion: number): Promise<AppError> {
  const events = await db
    .select({ payload: auditEvents.payload })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'cycle'),
        eq(auditEvents.entityId, current.id),
        inArray(auditEvents.action, ['cycle.updated', 'cycle.closed']),
      ),
    )
    .orderBy(asc(auditEvents.id));
  const changed = new Set<string>();
  for (const { payload } of events) {
    const after = (payload as { after?: { version?: number; changed?: Change[] } }).after;
    if ((after?.version ?? 0) > expectedVersion)
      for (const c of after?.changed ?? []) changed.add(CHANGE_LABELS[c]);
  }
  const list = [...changed];
  return new AppError(
    'CONFLICT',
    `Kỳ đánh giá vừa được người khác thay đổi${list.length ? ` (${list.join(', ')})` : ''}. Tải lại để xem rồi sửa tiếp.`,
    undefined,
    { changed: list, current },
  );
}
