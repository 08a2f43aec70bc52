import { type Action, roleAllows } from '@xaso/domain/roles';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../context.ts';

/**
 * The subtrees where the actor may take an action: the paths of the units its roles are attached to,
 * without paths already covered by a shorter one.
 */
export function scopeFor(actor: Actor, action: Action): string[] {
  const paths = actor.roles.filter((r) => roleAllows(r.role, action)).map((r) => r.orgUnitPath);
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((shorter) => p.startsWith(shorter)));
}

export function isInScope(scope: readonly string[], unitPath: string): boolean {
  return scope.some((p) => unitPath.startsWith(p));
}

/** SQL condition: the unit path column lies in one of the scope's subtrees (false for an empty scope). */
export function inScopeSql(pathColumn: PgColumn | SQL, scope: readonly string[]): SQL {
  if (scope.length === 0) return sql`false`;
  const parts = scope.map((p) => sql`${pathColumn} like ${`${p}%`}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}
