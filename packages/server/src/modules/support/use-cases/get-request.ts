import type { SupportRequestView } from '@xaso/domain/contracts/steering';
import type { Actor, Ctx } from '../../../context.ts';
import { vietnamDay } from '../../org-units/queries.ts';
import { loadRequest } from '../load-requests.ts';
import { supportPolicy } from '../policy.ts';
import { presentRequest } from '../present-request.ts';

/** One request, as its viewer may act on it; "not found" to anyone who is not a party to it. */
export async function getRequest(
  ctx: Ctx,
  options: { actor: Actor; id: string },
): Promise<SupportRequestView> {
  const { loaded, as } = supportPolicy.partyTo(options.actor, await loadRequest(ctx.db, options.id));
  return presentRequest(ctx.db, loaded, as, vietnamDay(ctx.now()));
}
