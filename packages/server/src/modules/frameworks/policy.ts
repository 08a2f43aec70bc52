import type { Actor } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { scopeFor } from '../auth/scope.ts';

/**
 * Frameworks are legal decisions every user of the system may read. Importing one is for the province office
 * and admins (`framework:manage`).
 */
export const frameworkPolicy = {
  assertCanRead(actor: Actor): void {
    if (scopeFor(actor, 'framework:read').length === 0) throw new AppError('FORBIDDEN');
  },
  assertCanManage(actor: Actor): void {
    if (scopeFor(actor, 'framework:manage').length === 0) throw new AppError('FORBIDDEN');
  },
};
