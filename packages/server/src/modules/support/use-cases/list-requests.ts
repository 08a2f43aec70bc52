import type { supportRequestListQuerySchema } from '@xaso/domain/contracts/steering';
import { isOverdue, mayViewRequest, memberInbox } from '@xaso/domain/steering/support-request';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, Ctx } from '../../../context.ts';
import { orgUnits, supportRequests } from '../../../db/schema.ts';
import { inScopeSql, scopeFor } from '../../auth/scope.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { currentMemberOfRequestSql } from '../current-responsibility.ts';
import { type LoadedRequest, loadRequests, viewerOf } from '../load-requests.ts';
import { supportPolicy } from '../policy.ts';
import { presentSummaries, type SupportRequestSummary } from '../present-request.ts';

type ListQuery = z.output<typeof supportRequestListQuerySchema>;

/**
 * The requests the viewer is party to, filtered. `view=mine` is the member's page (`memberInbox`: the criteria
 * the matrix assigns to them, open ones unless closed is asked for, oldest first, overdue marked); the other
 * lists are oldest first too, so what has waited longest comes first everywhere.
 */
export async function listRequests(
  ctx: Ctx,
  options: { actor: Actor; query: ListQuery },
): Promise<SupportRequestSummary[]> {
  const { actor, query } = options;
  supportPolicy.assertTakesPart(actor);
  const filters: SQL[] = [
    // A first cut in SQL (the units the viewer's roles cover, or the criteria assigned to them), the exact
    // rule (`mayViewRequest`) on each row after.
    or(
      inScopeSql(orgUnits.path, scopeFor(actor, 'support:read')),
      sql`${currentMemberOfRequestSql()} = ${actor.id}`,
    )!,
  ];
  if (query.cycleId) filters.push(eq(supportRequests.cycleId, query.cycleId));
  if (query.communeUnitId) filters.push(eq(supportRequests.communeId, query.communeUnitId));
  if (query.criterionCode) filters.push(eq(supportRequests.criterionCode, query.criterionCode));
  if (query.status?.length) filters.push(inArray(supportRequests.status, query.status));
  const viewer = viewerOf(actor);
  const today = vietnamDay(ctx.now());
  let visible = (await loadRequests(ctx.db, and(...filters))).filter((r) =>
    mayViewRequest(r.context, viewer),
  );
  if (query.overdue) visible = visible.filter((r) => isOverdue(r.row, today) === (query.overdue === '1'));
  const ordered =
    query.view === 'mine'
      ? memberInbox(visible.map(inboxEntry), actor.id, today, {
          includeClosed: query.status?.includes('closed') ?? false,
        }).map((e) => e.loaded)
      : visible.sort(
          (a, b) => a.row.sentAt.getTime() - b.row.sentAt.getTime() || (a.row.id < b.row.id ? -1 : 1),
        );
  return presentSummaries(ctx.db, ordered, today);
}

function inboxEntry(loaded: LoadedRequest) {
  return {
    id: loaded.row.id,
    status: loaded.row.status,
    neededBy: loaded.row.neededBy,
    sentAt: loaded.row.sentAt.toISOString(),
    responsibleMemberId: loaded.memberId,
    loaded,
  };
}
