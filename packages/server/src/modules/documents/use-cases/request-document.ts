import type { GenerateDocumentRequest, GeneratedDocument } from '@xaso/domain/contracts/documents';
import type { Actor, Ctx } from '../../../context.ts';
import { generatedDocuments } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { DocumentQueue } from '../document-queue.ts';
import { rememberDocumentOptions } from '../options.ts';
import { presentDocument } from '../present.ts';
import { loadReadableAssessment } from '../readable-assessment.ts';

/**
 * Queues a report for an assessment and remembers the form for the commune's next one.
 */
export async function requestDocument(
  ctx: Ctx,
  queue: DocumentQueue,
  options: { actor: Actor & { displayName: string }; assessmentId: string; request: GenerateDocumentRequest },
): Promise<GeneratedDocument> {
  const { actor, request } = options;
  const loaded = await loadReadableAssessment(ctx, actor, options.assessmentId);
  if (request.kind === 'index_report' && !loaded.cycle.row.indexFrameworkVersionId)
    throw AppError.validation({ kind: 'Kỳ đánh giá này không dùng Bộ chỉ số.' });
  if (request.format === 'pdf' && !(await queue.soffice()))
    throw new AppError(
      'UNAVAILABLE',
      'Máy chủ chưa cài LibreOffice nên chưa tạo được bản PDF. Bản Word và Excel vẫn tạo được.',
    );
  const { kind, format, ...values } = request;
  const row = await ctx.db.transaction(async (tx) => {
    const [job] = await tx
      .insert(generatedDocuments)
      .values({
        assessmentId: loaded.assessment.id,
        kind,
        format,
        options: values,
        createdAt: ctx.now(),
        createdBy: actor.id,
      })
      .returning();
    await rememberDocumentOptions(tx, { orgUnitId: loaded.commune.id, values, at: ctx.now(), by: actor.id });
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'document.requested',
      entityType: 'assessment',
      entityId: loaded.assessment.id,
      after: { documentId: job!.id, kind, format },
    });
    return job!;
  });
  queue.enqueue(row.id);
  return presentDocument(row, actor.displayName);
}
