import type {
  Capability,
  SupportContext,
  SupportStatus,
  Viewer,
} from '@xaso/domain/steering/support-request';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { assessmentResults, assessments, cycles, orgUnits, supportRequests, users } from '../../db/schema.ts';
import { loadVersionByRowId } from '../cycles/framework-versions.ts';
import { currentMemberOfRequestSql } from './current-responsibility.ts';

export type RequestRow = typeof supportRequests.$inferSelect;

/** A request with where it stands: its commune, its cycle and area, and who answers for it now. */
export type LoadedRequest = {
  row: RequestRow & { status: SupportStatus };
  commune: { id: string; name: string; path: string };
  cycle: {
    id: string;
    year: number;
    status: string;
    confirmationDue: string;
    criteriaFrameworkVersionId: string;
    area: { id: string; path: string };
  };
  memberId: string | null;
  context: SupportContext;
};

const area = alias(orgUnits, 'area');

/** Requests with their context, filtered by `where` (over support_requests, the commune, the cycle). */
export async function loadRequests(db: Db, where?: SQL): Promise<LoadedRequest[]> {
  const rows = await db
    .select({
      row: supportRequests,
      commune: { id: orgUnits.id, name: orgUnits.name, path: orgUnits.path },
      cycle: {
        id: cycles.id,
        year: cycles.year,
        status: cycles.status,
        confirmationDue: cycles.confirmationDue,
        criteriaFrameworkVersionId: cycles.criteriaFrameworkVersionId,
      },
      area: { id: area.id, path: area.path },
      memberId: currentMemberOfRequestSql(),
    })
    .from(supportRequests)
    .innerJoin(orgUnits, eq(orgUnits.id, supportRequests.communeId))
    .innerJoin(cycles, eq(cycles.id, supportRequests.cycleId))
    .innerJoin(area, eq(area.id, cycles.scopeId))
    .where(where);
  return rows.map((r) => ({
    row: { ...r.row, status: r.row.status as SupportStatus },
    commune: r.commune,
    cycle: { ...r.cycle, area: r.area },
    memberId: r.memberId,
    context: { communeUnitPath: r.commune.path, areaUnitPath: r.area.path, responsibleMemberId: r.memberId },
  }));
}

export async function loadRequest(db: Db, id: string): Promise<LoadedRequest | null> {
  return (await loadRequests(db, eq(supportRequests.id, id)))[0] ?? null;
}

/** The signed-in user as the support rules see them. */
export function viewerOf(actor: Actor): Viewer {
  return { userId: actor.id, roles: actor.roles.map((r) => ({ role: r.role, orgUnitPath: r.orgUnitPath })) };
}

/** The names of the criteria of a cycle's set, by code. */
export async function criterionNames(
  db: Db,
  criteriaFrameworkVersionId: string,
): Promise<Map<string, string>> {
  const { framework } = await loadVersionByRowId(db, criteriaFrameworkVersionId);
  return new Map(framework.groups.flatMap((g) => g.items.map((i) => [i.code, i.name] as const)));
}

/** The commune's classification of the criterion in its self-review now (null: not judged, or no review). */
export async function capabilityOf(
  db: Db,
  where: { cycleId: string; communeId: string; criterionCode: string },
): Promise<Capability | null> {
  const [row] = await db
    .select({ capability: assessmentResults.capability })
    .from(assessmentResults)
    .innerJoin(assessments, eq(assessments.id, assessmentResults.assessmentId))
    .where(
      and(
        eq(assessments.cycleId, where.cycleId),
        eq(assessments.communeId, where.communeId),
        eq(assessmentResults.itemKind, 'criterion'),
        eq(assessmentResults.itemCode, where.criterionCode),
      ),
    );
  const value = row?.capability;
  return value === 'independent' || value === 'needs_support' ? value : null;
}

/** Display names of users, by id. */
export async function personNames(db: Db, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
