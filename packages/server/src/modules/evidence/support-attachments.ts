import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cycles, supportRequestEvidence, supportRequests } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';

/**
 * The support requests a document is attached to, as "tiêu chí 2.4 năm 2024": an attachment is part of what the commune
 * sent (the member and the office read it), so it is never removed from under the request, closed or not.
 */
export async function supportAttachmentsOf(db: Db, evidenceId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ year: cycles.year, code: supportRequests.criterionCode })
    .from(supportRequestEvidence)
    .innerJoin(supportRequests, eq(supportRequests.id, supportRequestEvidence.requestId))
    .innerJoin(cycles, eq(cycles.id, supportRequests.cycleId))
    .where(eq(supportRequestEvidence.evidenceId, evidenceId))
    .orderBy(asc(cycles.year), asc(supportRequests.criterionCode));
  return rows.map((r) => `tiêu chí ${r.code} năm ${r.year}`);
}

export function attachedToRequestError(requests: readonly string[]): AppError {
  const which =
    requests.length === 1
      ? `đề nghị hỗ trợ ${requests[0]}`
      : `${requests.length} đề nghị hỗ trợ (${requests.join('; ')})`;
  return new AppError('CONFLICT', `Tài liệu đang được đính kèm trong ${which}; không xóa được.`);
}
