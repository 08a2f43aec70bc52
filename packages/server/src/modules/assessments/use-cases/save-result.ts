import { canEdit } from '@xaso/domain/assessment/workflow';
import type { ResultInput, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import type { NormalisedItem } from '@xaso/domain/framework/normalise';
import { and, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../../context.ts';
import { assessmentResults } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { loadVersionByRowId } from '../../cycles/framework-versions.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { buildWorkspaceItem, loadAssessment, workflowState } from '../load-workspace.ts';
import { assessmentPolicy } from '../policy.ts';
import { lockedError } from './locked-error.ts';

type Kind = WorkspaceItem['kind'];

/** The value must fit the item's measure: a yes/no, a count, one of the levels, or text. */
function checkValue(item: NormalisedItem, value: ResultInput['value']): string | null {
  if (value === null) return null;
  const m = item.measure;
  if (m.kind === 'yes_no' && typeof value !== 'boolean') return 'Chọn Có hoặc Không.';
  if (m.kind === 'count' && (typeof value !== 'number' || !Number.isInteger(value) || value < 0))
    return 'Nhập một số nguyên không âm.';
  if (m.kind === 'level' && (typeof value !== 'string' || !m.levels.includes(value)))
    return `Chọn một mức: ${m.levels.join('; ')}.`;
  if (m.kind === 'text' && typeof value !== 'string') return 'Nhập nội dung dạng chữ.';
  if (m.kind === 'ratio') return 'Tiêu chí tỷ lệ nhập tử số và mẫu số, không nhập giá trị.';
  return null;
}

/**
 * Saves the commune's result for one item. The editor sends the version it started from: if someone saved in
 * between, nothing is written and the answer is a conflict carrying the other person's value.
 */
export async function saveResult(
  ctx: Ctx,
  options: { actor: Actor; assessmentId: string; kind: Kind; code: string; input: ResultInput },
): Promise<WorkspaceItem> {
  const loaded = await loadAssessment(ctx.db, options.assessmentId);
  assessmentPolicy.assert(options.actor, 'assessment:edit', loaded.commune.path);
  const state = workflowState(loaded.assessment, loaded.cycle);
  if (!canEdit(state, vietnamDay(ctx.now()))) throw lockedError(state);

  const versionId =
    options.kind === 'criterion'
      ? loaded.cycle.row.criteriaFrameworkVersionId
      : loaded.cycle.row.indexFrameworkVersionId;
  const framework = versionId ? (await loadVersionByRowId(ctx.db, versionId)).framework : null;
  const item = framework?.groups.flatMap((g) => g.items).find((i) => i.code === options.code);
  if (!item) throw AppError.notFound();
  const { expectedVersion, value, ...rest } = options.input;
  const valueError = checkValue(item, value);
  if (valueError) throw AppError.validation({ value: valueError });
  if (item.measure.kind !== 'ratio' && (rest.numerator !== null || rest.denominator !== null)) {
    throw AppError.validation({ numerator: 'Tiêu chí này không đo bằng tỷ lệ: không nhập tử số, mẫu số.' });
  }

  const values = { ...rest, value: { v: value }, updatedAt: ctx.now(), updatedBy: options.actor.id };
  const where = and(
    eq(assessmentResults.assessmentId, loaded.assessment.id),
    eq(assessmentResults.itemKind, options.kind),
    eq(assessmentResults.itemCode, options.code),
  );
  const saved = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(assessmentResults).where(where);
    const rows =
      expectedVersion === 0
        ? await tx
            .insert(assessmentResults)
            .values({
              assessmentId: loaded.assessment.id,
              itemKind: options.kind,
              itemCode: options.code,
              version: 1,
              ...values,
            })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(assessmentResults)
            .set({ ...values, version: expectedVersion + 1 })
            .where(and(where, eq(assessmentResults.version, expectedVersion)))
            .returning();
    if (rows.length === 0) return false;
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: 'assessment.result_saved',
      entityType: 'assessment',
      entityId: loaded.assessment.id,
      before: before ? { code: options.code, kind: options.kind, ...before } : undefined,
      after: { code: options.code, kind: options.kind, ...rows[0] },
    });
    return true;
  });
  if (!saved) {
    // Read after the transaction: the embedded database has one connection, busy until it ends.
    const current = (await buildWorkspaceItem(ctx, loaded, options.kind, options.code))?.result;
    const who = current?.updatedBy ? `${current.updatedBy} ` : 'Người khác ';
    throw new AppError(
      'CONFLICT',
      `${who}vừa lưu kết quả tiêu chí ${options.code} trước bạn. Xem giá trị của họ bên dưới, rồi tải lại hoặc lưu đè có chủ ý.`,
      undefined,
      { current },
    );
  }
  return (await buildWorkspaceItem(ctx, loaded, options.kind, options.code))!;
}
