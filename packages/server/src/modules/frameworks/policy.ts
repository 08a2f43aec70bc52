import { roleAllows } from '@xaso/domain/roles';
import type { Actor } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { scopeFor } from '../auth/scope.ts';

/** A province is a root of the unit tree: its path names one unit (`/id/`). */
const isProvincePath = (path: string) => path.split('/').filter(Boolean).length === 1;

/**
 * Frameworks are legal decisions every user of the system may read. Importing one makes a version every new
 * cycle of the province uses, so it is a province right (`framework:manage` on a role attached to a province),
 * whatever unit a role carrying the action was attached to: a province-office role wrongly attached to a
 * district does not manage frameworks.
 */
export const frameworkPolicy = {
  assertCanRead(actor: Actor): void {
    if (scopeFor(actor, 'framework:read').length === 0) throw new AppError('FORBIDDEN');
  },
  assertCanManage(actor: Actor): void {
    const allowed = actor.roles.some(
      (r) => roleAllows(r.role, 'framework:manage') && isProvincePath(r.orgUnitPath),
    );
    if (!allowed) throw new AppError('FORBIDDEN');
  },
};
