import { canEdit } from '@xaso/domain/assessment/workflow';
import { and, eq, notExists } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { evidence, evidenceLinks } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import type { FileStorage } from '../../../storage/file-storage.ts';
import { isKeyReferenced } from '../../../storage/storage-references.ts';
import { loadAssessment, workflowState } from '../../assessments/load-workspace.ts';
import { assessmentPolicy } from '../../assessments/policy.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { loadEvidenceRow, presentEvidence } from '../load-evidence.ts';
import { attachedToRequestError, supportAttachmentsOf } from '../support-attachments.ts';
import { isForeignKeyViolation } from '../unique-violation.ts';

const linkList = (links: Array<{ year: number; kind: string; code: string }>) =>
  links.map((l) => `${l.year} · ${l.kind === 'indicator' ? 'Chỉ số ' : ''}${l.code}`).join(', ');

/**
 * Deletes a document from the commune's library. A document still linked to items is refused unless the caller
 * asks explicitly to unlink it everywhere, and then only when every assessment it is linked to may still be
 * changed (a submitted or closed self-assessment keeps its evidence). A document attached to a support request
 * is refused whatever the caller asks: unlinking from items does not detach it from what the commune sent.
 *
 * The row goes first, with its links and the audit event, in one transaction; the stored file is removed after
 * the commit, when no row names it any more. A crash between the two leaves a file no row names: an orphan that
 * `check-storage` reports and `--delete-orphans` removes, never a listed document without its file.
 */
export async function deleteEvidence(
  ctx: Ctx,
  options: { actor: Actor; evidenceId: string; unlinkEverywhere: boolean; storage: FileStorage },
): Promise<{ id: string; unlinked: number }> {
  const row = await loadEvidenceRow(ctx.db, options.evidenceId);
  assessmentPolicy.assert(options.actor, 'evidence:manage', row.communePath);
  const [presented] = await presentEvidence(ctx.db, [row.evidence]);
  const links = presented!.links;

  // First: "unlink everywhere" would not help, so the links' message would send the user the wrong way.
  const requests = await supportAttachmentsOf(ctx.db, row.evidence.id);
  if (requests.length > 0) throw attachedToRequestError(requests);
  if (links.length > 0 && !options.unlinkEverywhere) {
    throw new AppError(
      'CONFLICT',
      `Tài liệu đang được gắn với ${links.length} mục (${linkList(links)}). Hãy bỏ gắn trước, hoặc chọn "Bỏ gắn ở mọi nơi và xóa".`,
    );
  }
  const today = vietnamDay(ctx.now());
  for (const assessmentId of new Set(links.map((l) => l.assessmentId))) {
    const loaded = await loadAssessment(ctx.db, assessmentId);
    const state = workflowState(loaded.assessment, loaded.cycle);
    if (!canEdit(state, today)) {
      const locked = links.filter((l) => l.assessmentId === assessmentId);
      throw new AppError(
        'LOCKED',
        `Không xóa được: tài liệu là minh chứng của bản tự đánh giá năm ${locked[0]!.year} đã gửi hoặc đã hết hạn (${linkList(locked)}).`,
      );
    }
  }

  const { id, storageKey, fileName, sha256, size, docNumber, docDate, issuer, summary } = row.evidence;
  try {
    await ctx.db.transaction(async (tx) => {
      if (options.unlinkEverywhere) await tx.delete(evidenceLinks).where(eq(evidenceLinks.evidenceId, id));
      // A link made since the check above keeps the document (no silent unlinking of someone else's work).
      const deleted = await tx
        .delete(evidence)
        .where(
          and(
            eq(evidence.id, id),
            notExists(tx.select().from(evidenceLinks).where(eq(evidenceLinks.evidenceId, id))),
          ),
        )
        .returning({ id: evidence.id });
      if (deleted.length === 0) throw linkedMeanwhile();
      await recordAudit(tx, ctx, {
        actorUserId: options.actor.id,
        action: 'evidence.deleted',
        entityType: 'evidence',
        entityId: id,
        before: { fileName, size, sha256, docNumber, docDate, issuer, summary, links },
      });
    });
  } catch (err) {
    if (!isForeignKeyViolation(err)) throw err;
    // Named since the check above: by a support request just sent (say so) or by a new link to an item.
    const attachedNow = await supportAttachmentsOf(ctx.db, id);
    throw attachedNow.length > 0 ? attachedToRequestError(attachedNow) : linkedMeanwhile();
  }

  if (!(await isKeyReferenced(ctx.db, storageKey))) {
    await options.storage.remove(storageKey).catch((err: unknown) => {
      // The row is gone, so the document is deleted for the user; the file left behind is an orphan.
      ctx.log.warn({ err, storageKey }, 'evidence file not removed; check-storage will report it');
    });
  }
  return { id, unlinked: options.unlinkEverywhere ? links.length : 0 };
}

function linkedMeanwhile() {
  return new AppError('CONFLICT', 'Tài liệu vừa được gắn với một mục khác. Tải lại trang rồi thử lại.');
}
