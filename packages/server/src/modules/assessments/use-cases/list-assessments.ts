import { itemsEntered } from '@xaso/domain/assessment/progress';
import { canEdit } from '@xaso/domain/assessment/workflow';
import type { assessmentSummarySchema } from '@xaso/domain/contracts/assessments';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, Ctx } from '../../../context.ts';
import { assessments, orgUnits } from '../../../db/schema.ts';
import { getCycle } from '../../cycles/use-cases/read-cycles.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { buildWorkspace, cycleCore } from '../load-workspace.ts';
import { assessmentPolicy } from '../policy.ts';

type Summary = z.infer<typeof assessmentSummarySchema>;

/** Progress of every commune of a cycle the actor may read: the office's overview. */
export async function listAssessments(
  ctx: Ctx,
  options: { actor: Actor; cycleId: string },
): Promise<Summary[]> {
  const cycle = await getCycle(ctx, options);
  const ids = cycle.cycle.communes.map((c) => c.id);
  const [rows, units] = await Promise.all([
    ctx.db.select().from(assessments).where(eq(assessments.cycleId, cycle.row.id)),
    ctx.db.select().from(orgUnits).where(inArray(orgUnits.id, ids)),
  ]);
  const summaries: Summary[] = [];
  for (const member of cycle.cycle.communes) {
    const commune = units.find((u) => u.id === member.id)!;
    if (!assessmentPolicy.canRead(options.actor, commune.path)) continue;
    const assessment = rows.find((r) => r.communeId === member.id);
    const base = { commune: { id: member.id, name: member.name }, assigned: member.assigned };
    if (!assessment) {
      summaries.push({
        ...base,
        id: null,
        status: 'not_started',
        criteriaMet: 0,
        criteriaTotal: 0,
        itemsEntered: 0,
        submittedAt: null,
        // Not opened yet, so never reopened (a reopening makes the assessment): the cycle's deadline holds.
        deadline: cycle.row.selfAssessmentDue,
        editable: canEdit(
          {
            status: 'draft',
            deadline: cycle.row.selfAssessmentDue,
            reopenedUntil: null,
            cycleClosed: cycle.row.status === 'closed',
          },
          vietnamDay(ctx.now()),
        ),
      });
      continue;
    }
    const workspace = await buildWorkspace(ctx, { assessment, commune, cycle: cycleCore(cycle) });
    summaries.push({
      ...base,
      id: assessment.id,
      status: workspace.assessment.status,
      criteriaMet: workspace.summary.criteriaMet,
      criteriaTotal: workspace.summary.criteriaTotal,
      itemsEntered: itemsEntered(workspace.items),
      submittedAt: workspace.assessment.submittedAt,
      deadline: workspace.assessment.deadline,
      editable: workspace.assessment.editable,
    });
  }
  return summaries;
}
