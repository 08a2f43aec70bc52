import { type ActorKind, actorKindsFor, type SupportRefusal } from '@xaso/domain/steering/support-request';
import type { Actor } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { scopeFor } from '../auth/scope.ts';
import { type LoadedRequest, viewerOf } from './load-requests.ts';

/**
 * Support requests are read by the parties to each one (`actorKindsFor`: the commune that sent it, the
 * criterion's responsible member now, the area's head and office). A role with no part in support at all
 * (the system administrator) is forbidden outright; anyone else who is not a party gets "not found", exactly
 * like a request that does not exist.
 */
export const supportPolicy = {
  assertTakesPart(actor: Actor): void {
    if (scopeFor(actor, 'support:read').length === 0) throw new AppError('FORBIDDEN');
  },

  /** The viewer's capacities in the request; "not found" when none. */
  partyTo(actor: Actor, loaded: LoadedRequest | null): { loaded: LoadedRequest; as: ActorKind[] } {
    this.assertTakesPart(actor);
    const as = loaded ? actorKindsFor(loaded.context, viewerOf(actor)) : [];
    if (!loaded || as.length === 0) throw AppError.notFound();
    return { loaded, as };
  },
};

/** A refusal of the rules as the API answers it: not yours to do → 403; not now (its state) → 409. */
export function refusalError(refusal: SupportRefusal): AppError {
  if (refusal.reason === 'not_allowed') return new AppError('FORBIDDEN', refusal.message);
  if (refusal.reason === 'bad_date') return AppError.validation({ neededBy: refusal.message });
  return new AppError('CONFLICT', refusal.message);
}
