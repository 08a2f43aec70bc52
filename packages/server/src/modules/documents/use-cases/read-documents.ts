import type { DocumentOptions, GeneratedDocument } from '@xaso/domain/contracts/documents';
import type { DocumentFormat } from '@xaso/domain/documents/model';
import { desc, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { generatedDocuments, users } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import type { DocumentQueue } from '../document-queue.ts';
import { loadDocumentOptions } from '../options.ts';
import { presentDocument } from '../present.ts';
import { loadReadableAssessment } from '../readable-assessment.ts';

/** The documents made for an assessment, newest first, with the form's starting values. */
export async function listDocuments(
  ctx: Ctx,
  queue: DocumentQueue,
  options: { actor: Actor; assessmentId: string },
): Promise<{ items: GeneratedDocument[]; defaults: DocumentOptions; pdfAvailable: boolean }> {
  const loaded = await loadReadableAssessment(ctx, options.actor, options.assessmentId);
  const [rows, defaults, soffice] = await Promise.all([
    ctx.db
      .select({ document: generatedDocuments, createdBy: users.displayName })
      .from(generatedDocuments)
      .leftJoin(users, eq(users.id, generatedDocuments.createdBy))
      .where(eq(generatedDocuments.assessmentId, loaded.assessment.id))
      .orderBy(desc(generatedDocuments.createdAt))
      .limit(100),
    loadDocumentOptions(ctx.db, loaded.commune),
    queue.soffice(),
  ]);
  return {
    items: rows.map((r) => presentDocument(r.document, r.createdBy)),
    defaults,
    pdfAvailable: soffice !== null,
  };
}

/** One document job, for polling; 404 outside the reader's scope. */
export async function getDocument(
  ctx: Ctx,
  options: { actor: Actor; documentId: string },
): Promise<{ document: GeneratedDocument; storageKey: string | null }> {
  const [row] = await ctx.db
    .select({ document: generatedDocuments, createdBy: users.displayName })
    .from(generatedDocuments)
    .leftJoin(users, eq(users.id, generatedDocuments.createdBy))
    .where(eq(generatedDocuments.id, options.documentId));
  if (!row) throw AppError.notFound();
  await loadReadableAssessment(ctx, options.actor, row.document.assessmentId);
  return { document: presentDocument(row.document, row.createdBy), storageKey: row.document.storageKey };
}

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};
