import type { Actor } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { isInScope, scopeFor } from '../auth/scope.ts';

/**
 * Org units are visible inside the subtrees of the user's roles. A unit outside answers "not found", so
 * the existence of other units' records is not revealed.
 */
export const orgUnitPolicy = {
  readScope: (actor: Actor) => scopeFor(actor, 'orgUnit:read'),
  assertCanRead(actor: Actor, unitPath: string): void {
    if (!isInScope(scopeFor(actor, 'orgUnit:read'), unitPath)) throw AppError.notFound();
  },
  assertCanImport(actor: Actor): void {
    if (scopeFor(actor, 'orgUnit:import').length === 0) throw new AppError('FORBIDDEN');
  },
};
