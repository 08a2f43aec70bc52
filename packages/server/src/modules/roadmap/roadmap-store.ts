import type { AuditAction } from '@xaso/domain/contracts/audit';
import type { RoadmapEntry } from '@xaso/domain/steering/roadmap';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { roadmapEntries, roadmaps } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** An area's roadmap as stored: version 0 while the area has none yet. */
export type StoredRoadmap = { version: number; entries: RoadmapEntry[] };

export async function loadRoadmap(db: Db, areaId: string): Promise<StoredRoadmap> {
  const [head] = await db
    .select({ version: roadmaps.version })
    .from(roadmaps)
    .where(eq(roadmaps.areaId, areaId));
  if (!head) return { version: 0, entries: [] };
  const rows = await db
    .select({ communeId: roadmapEntries.communeId, year: roadmapEntries.year })
    .from(roadmapEntries)
    .where(eq(roadmapEntries.areaId, areaId))
    .orderBy(asc(roadmapEntries.year));
  return {
    version: head.version,
    entries: rows.map((r) => ({ areaUnitId: areaId, communeUnitId: r.communeId, year: r.year })),
  };
}

export const STALE_ROADMAP =
  'Lộ trình vừa được người khác thay đổi. Tải lại để xem bản mới nhất rồi sửa tiếp; thay đổi của bạn chưa được lưu.';

/**
 * Replaces the area's roadmap with `entries` (already validated) and bumps its version, with the audit event,
 * in one transaction. `expectedVersion` null (an import, which replaces whatever is there) skips the check;
 * otherwise a roadmap changed since the screen loaded it is a conflict and nothing is written.
 */
export async function saveRoadmap(
  ctx: Ctx,
  options: {
    areaId: string;
    entries: readonly RoadmapEntry[];
    expectedVersion: number | null;
    actorUserId: string;
    action: Extract<AuditAction, 'roadmap.saved' | 'roadmap.imported'>;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const { areaId, expectedVersion } = options;
  const at = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const before = await loadRoadmap(tx, areaId);
    let version: number | undefined;
    if (before.version === 0 && (expectedVersion === null || expectedVersion === 0)) {
      // Two first saves at once: the primary key lets one in, the other finds no row returned.
      const [created] = await tx
        .insert(roadmaps)
        .values({ areaId, version: 1, updatedAt: at, updatedBy: options.actorUserId })
        .onConflictDoNothing()
        .returning({ version: roadmaps.version });
      version = created?.version;
    } else {
      const [updated] = await tx
        .update(roadmaps)
        .set({ version: sql`${roadmaps.version} + 1`, updatedAt: at, updatedBy: options.actorUserId })
        .where(
          and(
            eq(roadmaps.areaId, areaId),
            expectedVersion === null ? undefined : eq(roadmaps.version, expectedVersion),
          ),
        )
        .returning({ version: roadmaps.version });
      version = updated?.version;
    }
    if (version === undefined) throw new AppError('CONFLICT', STALE_ROADMAP);
    await tx.delete(roadmapEntries).where(eq(roadmapEntries.areaId, areaId));
    if (options.entries.length > 0)
      await tx
        .insert(roadmapEntries)
        .values(options.entries.map((e) => ({ areaId, communeId: e.communeUnitId, year: e.year })));
    await recordAudit(tx, ctx, {
      actorUserId: options.actorUserId,
      action: options.action,
      entityType: 'roadmap',
      entityId: areaId,
      before: { version: before.version, entries: yearsOf(before.entries) },
      after: { version, entries: yearsOf(options.entries), ...options.detail },
    });
  });
}

/** Entries as the audit keeps them: commune id → year. */
function yearsOf(entries: readonly RoadmapEntry[]): Record<string, number> {
  return Object.fromEntries(entries.map((e) => [e.communeUnitId, e.year]));
}
