import { canEdit } from '@xaso/domain/assessment/workflow';
import type { WorkspaceItem } from '@xaso/domain/contracts/assessments';
import type { Citation, Evidence } from '@xaso/domain/contracts/evidence';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { evidence, evidenceLinks, orgUnits } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { buildWorkspaceItem, loadAssessment, workflowState } from '../../assessments/load-workspace.ts';
import { assessmentPolicy } from '../../assessments/policy.ts';
import { lockedError } from '../../assessments/use-cases/locked-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { loadEvidenceRow, presentEvidence } from '../load-evidence.ts';

/** The commune's evidence library, newest first. */
export async function listEvidence(
  ctx: Ctx,
  options: { actor: Actor; communeId: string },
): Promise<Evidence[]> {
  const [commune] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, options.communeId));
  if (!commune || !assessmentPolicy.canRead(options.actor, commune.path)) throw AppError.notFound();
  const rows = await ctx.db
    .select()
    .from(evidence)
    .where(eq(evidence.communeId, commune.id))
    .orderBy(desc(evidence.uploadedAt));
  return presentEvidence(ctx.db, rows);
}

/** Corrects a document's citation (number, date, issuer, summary). */
export async function updateCitation(
  ctx: Ctx,
  options: { actor: Actor; evidenceId: string; citation: Citation },
): Promise<Evidence> {
  const row = await loadEvidenceRow(ctx.db, options.evidenceId);
  assessmentPolicy.assert(options.actor, 'evidence:manage', row.communePath);
  const [updated] = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(evidence)
      .set(options.citation)
      .where(eq(evidence.id, row.evidence.id))
      .returning();
    const { docNumber, docDate, issuer, summary } = row.evidence;
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: 'evidence.updated',
      entityType: 'evidence',
      entityId: row.evidence.id,
      before: { docNumber, docDate, issuer, summary },
      after: options.citation,
    });
    return rows;
  });
  return (await presentEvidence(ctx.db, [updated!]))[0]!;
}

/**
 * Links (or unlinks) a document of the commune's library to one item of its assessment. Like results, links
 * change only while the assessment is editable.
 */
export async function setEvidenceLink(
  ctx: Ctx,
  options: {
    actor: Actor;
    assessmentId: string;
    kind: WorkspaceItem['kind'];
    code: string;
    evidenceId: string;
    linked: boolean;
  },
): Promise<WorkspaceItem> {
  const loaded = await loadAssessment(ctx.db, options.assessmentId);
  assessmentPolicy.assert(options.actor, 'assessment:edit', loaded.commune.path);
  const state = workflowState(loaded.assessment, loaded.cycle);
  if (!canEdit(state, vietnamDay(ctx.now()))) throw lockedError(state);
  const document = await loadEvidenceRow(ctx.db, options.evidenceId).catch(() => null);
  if (!document || document.evidence.communeId !== loaded.assessment.communeId) {
    throw AppError.validation({ evidenceId: 'Minh chứng không có trong thư viện của xã.' });
  }
  if (!(await buildWorkspaceItem(ctx, loaded, options.kind, options.code))) throw AppError.notFound();
  const link = {
    evidenceId: document.evidence.id,
    assessmentId: loaded.assessment.id,
    itemKind: options.kind,
    itemCode: options.code,
  };
  await ctx.db.transaction(async (tx) => {
    if (options.linked) await tx.insert(evidenceLinks).values(link).onConflictDoNothing();
    else
      await tx
        .delete(evidenceLinks)
        .where(
          and(
            eq(evidenceLinks.evidenceId, link.evidenceId),
            eq(evidenceLinks.assessmentId, link.assessmentId),
            eq(evidenceLinks.itemKind, link.itemKind),
            eq(evidenceLinks.itemCode, link.itemCode),
          ),
        );
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: options.linked ? 'evidence.linked' : 'evidence.unlinked',
      entityType: 'assessment',
      entityId: loaded.assessment.id,
      after: link,
    });
  });
  return (await buildWorkspaceItem(ctx, loaded, options.kind, options.code))!;
}

/** The stored file of a document the actor may read; the storage key never comes from the client. */
export async function openEvidenceFile(ctx: Ctx, options: { actor: Actor; evidenceId: string }) {
  const row = await loadEvidenceRow(ctx.db, options.evidenceId);
  if (!assessmentPolicy.canRead(options.actor, row.communePath)) throw AppError.notFound();
  return row.evidence;
}
