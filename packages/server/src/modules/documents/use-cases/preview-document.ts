import type { DocumentOptions } from '@xaso/domain/contracts/documents';
import { type DocumentKind, type Table, tablesOf } from '@xaso/domain/documents/model';
import type { Actor, Ctx } from '../../../context.ts';
import { buildReport } from '../build-report.ts';
import { loadDocumentOptions } from '../options.ts';
import { loadReadableAssessment } from '../readable-assessment.ts';

/** The tables of a report as Word and Excel would hold them, for the on-screen preview. */
export async function previewDocument(
  ctx: Ctx,
  options: { actor: Actor; assessmentId: string; kind: DocumentKind },
): Promise<{ kind: DocumentKind; subject: string[]; tables: Table[] }> {
  const loaded = await loadReadableAssessment(ctx, options.actor, options.assessmentId);
  const values: DocumentOptions = await loadDocumentOptions(ctx.db, loaded.commune);
  const report = await buildReport(ctx, loaded, options.kind, values);
  return { kind: report.kind, subject: report.subject, tables: tablesOf(report) };
}
