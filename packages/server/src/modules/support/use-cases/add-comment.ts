import type { supportCommentSchema } from '@xaso/domain/contracts/steering';
import { ACTOR_KINDS, mayComment } from '@xaso/domain/steering/support-request';
import type { z } from 'zod';
import type { Actor, Ctx } from '../../../context.ts';
import { supportComments } from '../../../db/schema.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { loadRequest } from '../load-requests.ts';
import { commentNoticeOf } from '../notices.ts';
import { refusalError, supportPolicy } from '../policy.ts';

/**
 * A comment on the request's thread by any party to it, until it is closed (`mayComment`). Signed with the
 * viewer's first capacity in the order of `ACTOR_KINDS` (a head who is also the criterion's member signs as
 * the member). The comment, its audit event and the notice to the other parties (`comment_added`) are one
 * transaction.
 */
export async function addComment(
  ctx: Ctx,
  options: { actor: Actor; id: string; body: string },
): Promise<z.infer<typeof supportCommentSchema>> {
  const { actor } = options;
  const { loaded, as } = supportPolicy.partyTo(actor, await loadRequest(ctx.db, options.id));
  const verdict = mayComment(loaded.row.status, as);
  if (!verdict.ok) throw refusalError(verdict);
  const authorKind = ACTOR_KINDS.find((k) => as.includes(k))!;
  const now = ctx.now();
  const comment = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(supportComments)
      .values({
        requestId: loaded.row.id,
        authorId: actor.id,
        authorKind,
        body: options.body,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      actorUserId: actor.id,
      action: 'support_request.commented',
      entityType: 'support_request',
      entityId: loaded.row.id,
      after: { commentId: created!.id, as: authorKind },
    });
    await commentNoticeOf(tx, loaded, actor, now);
    return created!;
  });
  return {
    id: comment.id,
    author: { id: actor.id, displayName: actor.displayName },
    authorKind,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
  };
}
