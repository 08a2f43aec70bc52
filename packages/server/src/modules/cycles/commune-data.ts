import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { assessmentResults, assessments, evidenceLinks, generatedDocuments } from '../../db/schema.ts';

export type CommuneData = {
  assessmentId: string;
  status: string;
  results: number;
  links: number;
  documents: number;
};

/**
 * Rows of a table that belong to the outer assessment. Written out qualified: Drizzle renders a column inside
 * `sql` unqualified, and an unqualified "id" in the subquery would be the counted table's own id.
 */
function countOf(table: typeof assessmentResults | typeof evidenceLinks | typeof generatedDocuments) {
  return sql<number>`(select count(*)::int from ${table} as counted where counted.assessment_id = ${sql.raw('"assessments"."id"')})`;
}

/**
 * What each commune of a cycle has entered, by commune id: a commune that only opened its workspace has an
 * assessment and nothing else. Decides whether a commune may leave the cycle and whether the cycle may go.
 */
export async function communeDataOf(db: Db, cycleId: string): Promise<Map<string, CommuneData>> {
  const rows = await db
    .select({
      communeId: assessments.communeId,
      assessmentId: assessments.id,
      status: assessments.status,
      results: countOf(assessmentResults),
      links: countOf(evidenceLinks),
      documents: countOf(generatedDocuments),
    })
    .from(assessments)
    .where(eq(assessments.cycleId, cycleId));
  return new Map(rows.map(({ communeId, ...data }) => [communeId, data]));
}

/** Whether the commune has anything that leaving the cycle would throw away (a submission counts). */
export function holdsData(data: CommuneData | undefined): boolean {
  return !!data && (data.results > 0 || data.links > 0 || data.documents > 0 || data.status === 'submitted');
}

/** Why a commune cannot leave the cycle, in the office's words. */
export function whatItHolds(name: string, data: CommuneData): string {
  const held = [
    data.results > 0 ? `${data.results} kết quả đã lưu` : null,
    data.links > 0 ? `${data.links} minh chứng đã gắn` : null,
    data.documents > 0 ? `${data.documents} văn bản đã tạo` : null,
    data.status === 'submitted' ? 'bản tự đánh giá đã gửi' : null,
  ].filter(Boolean);
  return `${name} đã có dữ liệu (${held.join(', ')}) nên không bỏ khỏi kỳ được.`;
}
