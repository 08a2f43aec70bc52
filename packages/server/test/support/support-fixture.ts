import { desc, eq } from 'drizzle-orm';
import {
  partners,
  responsibilities,
  responsibilityVersions,
  supportEvents,
  supportRequests,
  userRoles,
  users,
} from '../../src/db/schema.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import type { TestApp } from './test-app.ts';

/*
 * Support requests' surroundings written straight into the tables: the responsibility matrix (its own API is
 * tested in responsibilities tests), extra accounts, a partner, a request as if sent.
 */

export async function userId(t: TestApp, username: string): Promise<string> {
  const [row] = await t.ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

/** Names `memberId` (or nobody) responsible for the criterion in the cycle's latest matrix version. */
export async function assignMember(
  t: TestApp,
  cycleId: string,
  criterionCode: string,
  memberId: string | null,
): Promise<void> {
  const db = t.ctx.db;
  let [version] = await db
    .select({ id: responsibilityVersions.id })
    .from(responsibilityVersions)
    .where(eq(responsibilityVersions.cycleId, cycleId))
    .orderBy(desc(responsibilityVersions.number))
    .limit(1);
  version ??= (
    await db
      .insert(responsibilityVersions)
      .values({ cycleId, number: 1 })
      .returning({ id: responsibilityVersions.id })
  )[0]!;
  await db
    .insert(responsibilities)
    .values({ versionId: version.id, criterionCode, responsibleMemberId: memberId })
    .onConflictDoUpdate({
      target: [responsibilities.versionId, responsibilities.criterionCode],
      set: { responsibleMemberId: memberId },
    });
}

export const FIXTURE_PASSWORD = 'mat-khau-ho-tro';

/** An account with one role, made in the database as its manager would have made it. */
export async function makeAccount(
  t: TestApp,
  options: { username: string; displayName: string; role: string; orgUnitId: string; email?: string },
): Promise<string> {
  const [user] = await t.ctx.db
    .insert(users)
    .values({
      username: options.username,
      displayName: options.displayName,
      passwordHash: await hashPassword(FIXTURE_PASSWORD),
      email: options.email ?? null,
    })
    .returning({ id: users.id });
  await t.ctx.db
    .insert(userRoles)
    .values({ userId: user!.id, role: options.role, orgUnitId: options.orgUnitId });
  return user!.id;
}

export async function makePartner(t: TestApp, areaId: string, name: string): Promise<string> {
  const [row] = await t.ctx.db.insert(partners).values({ areaId, name }).returning({ id: partners.id });
  return row!.id;
}

/** A request as if the commune had sent it (status sent, version 1, its first history line). */
export async function insertSentRequest(
  t: TestApp,
  options: { cycleId: string; communeId: string; criterionCode: string; sentBy: string; neededBy?: string },
): Promise<string> {
  const at = t.clock.now();
  const [row] = await t.ctx.db
    .insert(supportRequests)
    .values({
      cycleId: options.cycleId,
      communeId: options.communeId,
      criterionCode: options.criterionCode,
      need: 'Cần hướng dẫn triển khai tiêu chí này.',
      neededBy: options.neededBy ?? '2026-12-01',
      sentBy: options.sentBy,
      sentAt: at,
    })
    .returning({ id: supportRequests.id });
  await t.ctx.db.insert(supportEvents).values({
    requestId: row!.id,
    event: 'send',
    toStatus: 'sent',
    actorId: options.sentBy,
    actorKind: 'commune',
    at,
  });
  return row!.id;
}

export async function requestStatus(t: TestApp, id: string): Promise<string | undefined> {
  const [row] = await t.ctx.db
    .select({ status: supportRequests.status })
    .from(supportRequests)
    .where(eq(supportRequests.id, id));
  return row?.status;
}
