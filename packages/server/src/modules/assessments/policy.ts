import type { Action } from '@xaso/domain/roles';
import type { Actor } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { isInScope, scopeFor } from '../auth/scope.ts';

/**
 * A commune's assessment is read by its own officers and head and by the district/province above it; changed
 * by the commune (`assessment:edit`); submitted by its head; reopened by the office (`cycle:manage`).
 * Without read access the answer is "not found"; with read but not this right, "forbidden".
 */
export const assessmentPolicy = {
  assert(actor: Actor, action: Action, communePath: string): void {
    if (!isInScope(scopeFor(actor, 'assessment:read'), communePath)) throw AppError.notFound();
    if (!isInScope(scopeFor(actor, action), communePath)) throw new AppError('FORBIDDEN');
  },
  canRead(actor: Actor, communePath: string): boolean {
    return isInScope(scopeFor(actor, 'assessment:read'), communePath);
  },
  can(actor: Actor, action: Action, communePath: string): boolean {
    return isInScope(scopeFor(actor, action), communePath);
  },
};
