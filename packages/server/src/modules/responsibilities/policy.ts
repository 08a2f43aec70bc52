import type { Actor } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { isInScope, scopeFor } from '../auth/scope.ts';
import { cyclePolicy } from '../cycles/policy.ts';

type LoadedScope = { scopePath: string; communePaths: readonly string[] };

/**
 * A cycle's matrix and classification belong to the area's level: read by whoever reads cycles over the whole
 * area (office, steering committee, province), changed with `responsibility:manage`. A commune sees the cycle
 * but not these ("forbidden"); anyone who cannot see the cycle gets "not found".
 */
export const steeringCyclePolicy = {
  assertCan(
    actor: Actor,
    loaded: LoadedScope,
    action: 'cycle:read' | 'responsibility:manage' | 'classification:read',
  ): void {
    if (!cyclePolicy.canRead(actor, loaded.scopePath, loaded.communePaths)) throw AppError.notFound();
    if (!isInScope(scopeFor(actor, 'cycle:read'), loaded.scopePath)) throw new AppError('FORBIDDEN');
    if (!isInScope(scopeFor(actor, action), loaded.scopePath)) throw new AppError('FORBIDDEN');
  },
};
