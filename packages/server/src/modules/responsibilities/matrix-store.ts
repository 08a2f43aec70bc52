import type { ResponsibilityRow } from '@xaso/domain/steering/responsibility';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { responsibilities, responsibilityVersions } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';

/** The current (latest) version of a cycle's matrix. */
export type StoredMatrix = {
  versionId: string;
  number: number;
  /** Counts every edit, across versions: the screen's `expectedVersion`. */
  revision: number;
  copiedFromCycleId: string | null;
  rows: ResponsibilityRow[];
};

/** The cycle's current matrix, or null for a cycle opened before matrices existed (none was copied). */
export async function loadMatrix(db: Db, cycleId: string): Promise<StoredMatrix | null> {
  const [version] = await db
    .select()
    .from(responsibilityVersions)
    .where(eq(responsibilityVersions.cycleId, cycleId))
    .orderBy(desc(responsibilityVersions.number))
    .limit(1);
  if (!version) return null;
  const rows = await db.select().from(responsibilities).where(eq(responsibilities.versionId, version.id));
  return {
    versionId: version.id,
    number: version.number,
    revision: version.revision,
    copiedFromCycleId: version.copiedFromCycleId,
    rows: rows.map((r) => ({
      criterionCode: r.criterionCode,
      leadUnitId: r.leadUnitId,
      coordinatingUnitIds: r.coordinatingUnitIds,
      partnerIds: r.partnerIds,
      responsibleMemberId: r.responsibleMemberId,
    })),
  };
}

export const STALE_MATRIX =
  'Bảng phân công vừa được người khác thay đổi. Tải lại để xem bản mới nhất rồi sửa tiếp; thay đổi của bạn chưa được lưu.';

/**
 * Writes the matrix's rows as the next revision, inside the caller's transaction. In place while appraisal has
 * not started; once it has, as a new version beside the old one, which stays as it was appraised. A revision
 * other than `expectedRevision` (someone saved meanwhile) is a conflict and nothing is written.
 */
export async function writeMatrix(
  tx: Db,
  options: {
    cycleId: string;
    current: StoredMatrix | null;
    rows: readonly ResponsibilityRow[];
    expectedRevision: number;
    newVersion: boolean;
    actorUserId: string;
    copiedFromCycleId?: string | null;
  },
): Promise<{ versionId: string; number: number; revision: number }> {
  const { current, cycleId } = options;
  if ((current?.revision ?? 0) !== options.expectedRevision) throw new AppError('CONFLICT', STALE_MATRIX);
  let target: { id: string; number: number; revision: number } | undefined;
  if (current === null || options.newVersion) {
    // The unique (cycle, number) index lets one of two concurrent first saves in.
    [target] = await tx
      .insert(responsibilityVersions)
      .values({
        cycleId,
        number: (current?.number ?? 0) + 1,
        revision: options.expectedRevision + 1,
        copiedFromCycleId: options.copiedFromCycleId ?? current?.copiedFromCycleId ?? null,
        createdBy: options.actorUserId,
      })
      .onConflictDoNothing()
      .returning({
        id: responsibilityVersions.id,
        number: responsibilityVersions.number,
        revision: responsibilityVersions.revision,
      });
  } else {
    [target] = await tx
      .update(responsibilityVersions)
      .set({ revision: sql`${responsibilityVersions.revision} + 1` })
      .where(
        and(
          eq(responsibilityVersions.id, current.versionId),
          eq(responsibilityVersions.revision, options.expectedRevision),
        ),
      )
      .returning({
        id: responsibilityVersions.id,
        number: responsibilityVersions.number,
        revision: responsibilityVersions.revision,
      });
    if (target) await tx.delete(responsibilities).where(eq(responsibilities.versionId, target.id));
  }
  if (!target) throw new AppError('CONFLICT', STALE_MATRIX);
  const versionId = target.id;
  if (options.rows.length > 0)
    await tx.insert(responsibilities).values(options.rows.map((r) => ({ versionId, ...r })));
  return { versionId, number: target.number, revision: target.revision };
}
