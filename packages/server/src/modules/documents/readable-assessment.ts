import type { Actor, Ctx } from '../../context.ts';
import { loadAssessment } from '../assessments/load-workspace.ts';
import { assessmentPolicy } from '../assessments/policy.ts';

/**
 * The assessment a document is made from, for anyone who may read it: documents are derived from it and change
 * nothing in it. Outside the reader's scope: 404.
 */
export async function loadReadableAssessment(ctx: Ctx, actor: Actor, assessmentId: string) {
  const loaded = await loadAssessment(ctx.db, assessmentId);
  assessmentPolicy.assert(actor, 'assessment:read', loaded.commune.path);
  return loaded;
}
