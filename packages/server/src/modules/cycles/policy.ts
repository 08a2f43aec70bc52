import type { Actor } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { isInScope, scopeFor } from '../auth/scope.ts';

/**
 * Offices open and run cycles inside their own area. A cycle is visible to users whose scope covers its area,
 * and to users of units inside that area (its communes, assigned or not). Anything else answers "not found".
 */
export const cyclePolicy = {
  assertCanCreateIn(actor: Actor, scopePath: string): void {
    if (scopeFor(actor, 'cycle:manage').length === 0) throw new AppError('FORBIDDEN');
    if (!isInScope(scopeFor(actor, 'cycle:manage'), scopePath)) {
      throw AppError.validation({ scopeId: 'Địa bàn không thuộc phạm vi bạn quản lý.' });
    }
  },
  /**
   * Changing an existing cycle: "not found" to whoever cannot see it, "forbidden" to whoever sees it (a commune,
   * a steering member) without running it.
   */
  assertCanManage(actor: Actor, loaded: { scopePath: string; communePaths: readonly string[] }): void {
    if (!this.canRead(actor, loaded.scopePath, loaded.communePaths)) throw AppError.notFound();
    if (!this.canManage(actor, loaded.scopePath)) throw new AppError('FORBIDDEN');
  },
  canManage(actor: Actor, scopePath: string): boolean {
    return isInScope(scopeFor(actor, 'cycle:manage'), scopePath);
  },
  canRead(actor: Actor, scopePath: string, communePaths: readonly string[]): boolean {
    const scope = scopeFor(actor, 'cycle:read');
    return (
      isInScope(scope, scopePath) ||
      communePaths.some((p) => isInScope(scope, p)) ||
      // A commune of the area not assigned this year sees the cycle, to register criteria early (Điều 3).
      scope.some((own) => own.startsWith(scopePath))
    );
  },
};
