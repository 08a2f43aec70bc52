import { randomUUID } from 'node:crypto';
import { canEdit } from '@xaso/domain/assessment/workflow';
import type { ResultInput, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import type { NormalisedItem } from '@xaso/domain/framework/normalise';
import { itemName } from '@xaso/domain/scoring/item-noun';
import { checkSelfAssessment } from '@xaso/domain/scoring/self-assessment-checks';
import type { Actor, Ctx } from '../../../context.ts';
import { AppError } from '../../../http/app-error.ts';
import { writeWithAudit } from '../../audit/write-with-audit.ts';
import { loadVersionByRowId } from '../../cycles/framework-versions.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { inWorkspace, type ResultRow, toStoredResult } from '../build-items.ts';
import { buildWorkspaceItem, loadAssessment, readItemRows, workflowState } from '../load-workspace.ts';
import { assessmentPolicy } from '../policy.ts';
import { resultWriteSql } from '../result-write.ts';
import { lockedError } from './locked-error.ts';

type Kind = WorkspaceItem['kind'];

/** The value must fit the item's measure: a yes/no, a count, one of the levels, or text. */
function checkValue(kind: Kind, item: NormalisedItem, value: ResultInput['value']): string | null {
  if (value === null) return null;
  const m = item.measure;
  if (m.kind === 'yes_no' && typeof value !== 'boolean') return 'Chọn Có hoặc Không.';
  if (m.kind === 'count' && (typeof value !== 'number' || !Number.isInteger(value) || value < 0))
    return 'Nhập một số nguyên không âm.';
  if (m.kind === 'level' && (typeof value !== 'string' || !m.levels.includes(value)))
    return `Chọn một mức: ${m.levels.join('; ')}.`;
  if (m.kind === 'text' && typeof value !== 'string') return 'Nhập nội dung dạng chữ.';
  if (m.kind === 'ratio')
    return `${itemName(kind, item.code)} đo bằng tỷ lệ: nhập tử số và mẫu số, không nhập giá trị.`;
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
  // The item's rows are read alongside the assessment (nothing is answered before the policy check below).
  const [loaded, rows] = await Promise.all([
    loadAssessment(ctx.db, options.assessmentId),
    readItemRows(ctx.db, options.assessmentId, options.kind, options.code),
  ]);
  assessmentPolicy.assert(options.actor, 'assessment:edit', loaded.commune.path);
  const state = workflowState(loaded.assessment, loaded.cycle);
  if (!canEdit(state, vietnamDay(ctx.now()))) throw lockedError(state);

  const versionId =
    options.kind === 'criterion'
      ? loaded.cycle.row.criteriaFrameworkVersionId
      : loaded.cycle.row.indexFrameworkVersionId;
  const framework = versionId ? (await loadVersionByRowId(ctx.db, versionId)).framework : null;
  const item = framework?.groups.flatMap((g) => g.items).find((i) => i.code === options.code);
  if (!item || !inWorkspace(loaded.assessment.registeredItems, options.kind, options.code))
    throw AppError.notFound();
  const { expectedVersion, value, ...rest } = options.input;
  const valueError = checkValue(options.kind, item, value);
  if (valueError) throw AppError.validation({ value: valueError });
  if (item.measure.kind !== 'ratio' && (rest.numerator !== null || rest.denominator !== null)) {
    throw AppError.validation({
      numerator: `${itemName(options.kind, item.code)} không đo bằng tỷ lệ: không nhập tử số, mẫu số.`,
    });
  }
  // The commune's own points and judgement must fit the item (range of a manual rule, reasons): see the domain.
  const selfErrors = checkSelfAssessment(options.kind, item, rest);
  if (Object.keys(selfErrors).length > 0) throw AppError.validation(selfErrors);

  // A stale version is a conflict before anything is written. Otherwise the write still checks the version:
  // a save landing in between makes it touch nothing, and the row read is exactly the row replaced (each
  // version is written once), so no transaction is needed around the read.
  const stored = rows.result;
  if ((stored?.version ?? 0) !== expectedVersion) throw conflict(options.kind, options.code, stored);
  const before = stored ? withoutName(stored) : null;
  const at = ctx.now();
  const after = {
    ...rest,
    id: before?.id ?? randomUUID(),
    assessmentId: loaded.assessment.id,
    itemKind: options.kind,
    itemCode: options.code,
    value: { v: value },
    version: expectedVersion + 1,
    updatedAt: at,
    updatedBy: options.actor.id,
  };
  const ref = { code: options.code, kind: options.kind };
  const written = await writeWithAudit(ctx.db, {
    write: resultWriteSql(after, expectedVersion),
    audit: {
      at,
      actorUserId: options.actor.id,
      action: 'assessment.result_saved',
      entityType: 'assessment',
      entityId: loaded.assessment.id,
      payload: { v: 1, before: before ? { ...ref, ...before } : undefined, after: { ...ref, ...after } },
    },
  });
  if (!written) {
    const current = await readItemRows(ctx.db, loaded.assessment.id, options.kind, options.code);
    throw conflict(options.kind, options.code, current.result);
  }
  const saved = { result: { ...after, updatedByName: options.actor.displayName }, links: rows.links };
  return (await buildWorkspaceItem(ctx, loaded, options.kind, options.code, saved))!;
}

function withoutName({ updatedByName: _, ...row }: ResultRow) {
  return row;
}

/** 409 carrying the other person's saved value, presented as the workspace presents results. */
function conflict(kind: Kind, code: string, current: ResultRow | null): AppError {
  const presented = current ? toStoredResult(current) : null;
  const who = current?.updatedByName ? `${current.updatedByName} ` : 'Người khác ';
  return new AppError(
    'CONFLICT',
    `${who}vừa lưu kết quả ${itemName(kind, code, false)} trước bạn. Xem giá trị của họ bên dưới, rồi tải lại hoặc lưu đè có chủ ý.`,
    undefined,
    { current: presented },
  );
}
