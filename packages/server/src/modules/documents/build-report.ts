import type { DocumentOptions } from '@xaso/domain/contracts/documents';
import { buildCommuneReport } from '@xaso/domain/documents/commune-report';
import { buildIndexReport } from '@xaso/domain/documents/index-report';
import type { DocumentKind, ReportDocument } from '@xaso/domain/documents/model';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { buildWorkspace, type loadAssessment } from '../assessments/load-workspace.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';

/** The report of one kind for an assessment, from the workspace as it stands and the form's values. */
export async function buildReport(
  ctx: Ctx,
  loaded: Awaited<ReturnType<typeof loadAssessment>>,
  kind: DocumentKind,
  options: DocumentOptions,
): Promise<ReportDocument> {
  const row = loaded.cycle.row;
  const versionId = kind === 'commune_report' ? row.criteriaFrameworkVersionId : row.indexFrameworkVersionId;
  if (!versionId) throw AppError.validation({ kind: 'Kỳ đánh giá này không dùng Bộ chỉ số.' });
  const [workspace, { framework }] = await Promise.all([
    buildWorkspace(ctx, loaded),
    loadVersionByRowId(ctx.db, versionId),
  ]);
  const source = {
    workspace,
    framework: { title: framework.title, legalBasis: framework.legalBasis },
    letterhead: options.letterhead,
    addressee: options.addressee,
    closingNotes: options.closingNotes,
  };
  return kind === 'commune_report' ? buildCommuneReport(source) : buildIndexReport(source);
}
