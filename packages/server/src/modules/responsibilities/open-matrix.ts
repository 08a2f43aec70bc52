import type { matrixCopyReportSchema } from '@xaso/domain/contracts/steering';
import type { NormalisedFramework } from '@xaso/domain/framework/normalise';
import { copyFromPreviousCycle } from '@xaso/domain/steering/responsibility';
import { and, desc, eq, exists, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { cycles, frameworkVersions, responsibilityVersions } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';
import { criteriaOfFramework } from './cycle-criteria.ts';
import { loadMatrix, writeMatrix } from './matrix-store.ts';

export type MatrixCopyReport = z.infer<typeof matrixCopyReportSchema>;

/**
 * A new cycle's matrix: a copy of the latest earlier cycle of the same area and criteria set (any version of
 * it) that has a matrix, matched by criterion code; criteria new to the set come empty. Written as the
 * cycle's version 1 inside the cycle's own transaction, with the copy report in the audit event
 * `responsibility.copied`, where the copy-report route reads it back.
 *
 * Nobody is notified: the members named were already responsible for these criteria; "criterion assigned to
 * you" is for changes made in the matrix afterwards.
 */
export async function openMatrix(
  tx: Db,
  ctx: Pick<Ctx, 'now'>,
  options: {
    cycleId: string;
    scopeId: string;
    frameworkId: string;
    framework: NormalisedFramework;
    actorUserId: string;
  },
): Promise<MatrixCopyReport> {
  const [previous] = await tx
    .select({ id: cycles.id, versionRowId: cycles.criteriaFrameworkVersionId })
    .from(cycles)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, cycles.criteriaFrameworkVersionId))
    .where(
      and(
        eq(cycles.scopeId, options.scopeId),
        eq(frameworkVersions.frameworkId, options.frameworkId),
        ne(cycles.id, options.cycleId),
        exists(
          tx
            .select({ one: responsibilityVersions.id })
            .from(responsibilityVersions)
            .where(eq(responsibilityVersions.cycleId, cycles.id)),
        ),
      ),
    )
    .orderBy(desc(cycles.createdAt), desc(cycles.year))
    .limit(1);
  const criteria = criteriaOfFramework(options.framework);
  const previousMatrix = previous ? await loadMatrix(tx, previous.id) : null;
  const previousCriteria = previous
    ? criteriaOfFramework((await loadVersionByRowId(tx, previous.versionRowId)).framework)
    : [];
  const copied = copyFromPreviousCycle(previousMatrix?.rows ?? [], criteria, previousCriteria);
  await writeMatrix(tx, {
    cycleId: options.cycleId,
    current: null,
    rows: copied.rows,
    expectedRevision: 0,
    newVersion: true,
    actorUserId: options.actorUserId,
    copiedFromCycleId: previous?.id ?? null,
  });
  const report: MatrixCopyReport = previous
    ? { fromCycleId: previous.id, added: copied.added, dropped: copied.dropped, renamed: copied.renamed }
    : // A first matrix has nothing to compare with: every criterion is "new", which says nothing.
      { fromCycleId: null, added: [], dropped: [], renamed: [] };
  await recordAudit(tx, ctx, {
    actorUserId: options.actorUserId,
    action: 'responsibility.copied',
    entityType: 'cycle',
    entityId: options.cycleId,
    after: report,
  });
  return report;
}
