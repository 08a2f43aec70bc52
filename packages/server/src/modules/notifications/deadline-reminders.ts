import { daysBetween, deadlinesSoon } from '@xaso/domain/notifications/kinds';
import { and, between, eq, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { assessments, cycleCommunes, cycles, orgUnits, supportRequests } from '../../db/schema.ts';
import { vietnamDay } from '../org-units/queries.ts';
import { currentMembersOfCycle } from '../support/current-responsibility.ts';
import { loadRequests } from '../support/load-requests.ts';
import { requestLink } from '../support/notices.ts';
import { notify } from './notify.ts';
import { usersWithRoleOn } from './people.ts';

/** A reminder is due from this many days before the deadline to the day itself (`deadlinesSoon`). */
const REMINDER_DAYS = 7;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The daily reminders of deadlines within 7 days: the self-review due (the staff of each commune of an open
 * cycle that has not submitted), the confirmation due (the cycle's responsible members and the area's office),
 * the day a support request is needed by (whoever sent it and the criterion's member). Each person is told once
 * per deadline: the key names the deadline and its day, so running again the same day, the next days of the
 * window, or after a restart adds nothing, while a deadline the office moves is a new reminder.
 */
export async function remindDeadlines(db: Db, now: Date): Promise<void> {
  const today = vietnamDay(now);
  const window = [today, addDays(today, REMINDER_DAYS)] as const;
  const open = await db
    .select({ cycle: cycles, areaPath: orgUnits.path })
    .from(cycles)
    .innerJoin(orgUnits, eq(orgUnits.id, cycles.scopeId))
    .where(
      and(
        eq(cycles.status, 'open'),
        or(between(cycles.selfAssessmentDue, ...window), between(cycles.confirmationDue, ...window)),
      ),
    );
  for (const { cycle, areaPath } of open) {
    const [selfReview] = deadlinesSoon([{ id: 'self', day: cycle.selfAssessmentDue }], today, REMINDER_DAYS);
    if (selfReview) await remindSelfReview(db, cycle, selfReview.daysLeft, now);
    const [confirmation] = deadlinesSoon([{ id: 'conf', day: cycle.confirmationDue }], today, REMINDER_DAYS);
    if (confirmation) {
      const [members, office] = await Promise.all([
        currentMembersOfCycle(db, cycle.id),
        usersWithRoleOn(db, { action: 'responsibility:manage', unitPath: areaPath, reach: 'subtree' }),
      ]);
      await notify(
        db,
        {
          userIds: [...members, ...office],
          kind: 'deadline_soon',
          params: {
            what: `xác nhận kết quả tự đánh giá năm ${cycle.year}`,
            day: cycle.confirmationDue,
            daysLeft: confirmation.daysLeft,
          },
          link: `/cycles/${cycle.id}`,
          dedupeKey: `deadline:${cycle.id}:confirmation:${cycle.confirmationDue}`,
        },
        now,
      );
    }
  }
  const requests = await loadRequests(
    db,
    and(ne(supportRequests.status, 'closed'), between(supportRequests.neededBy, ...window)),
  );
  for (const r of requests) {
    await notify(
      db,
      {
        userIds: [r.row.sentBy, ...(r.memberId ? [r.memberId] : [])],
        kind: 'deadline_soon',
        params: {
          what: `hỗ trợ tiêu chí ${r.row.criterionCode} cho ${r.commune.name}`,
          day: r.row.neededBy,
          daysLeft: daysBetween(today, r.row.neededBy),
        },
        link: requestLink(r.row.id),
        dedupeKey: `deadline:${r.row.id}:needed_by:${r.row.neededBy}`,
      },
      now,
    );
  }
}

/** The staff of each of the cycle's communes whose self-review is not submitted yet. */
async function remindSelfReview(
  db: Db,
  cycle: typeof cycles.$inferSelect,
  daysLeft: number,
  now: Date,
): Promise<void> {
  const communes = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, status: assessments.status })
    .from(cycleCommunes)
    .innerJoin(orgUnits, eq(orgUnits.id, cycleCommunes.communeId))
    .leftJoin(
      assessments,
      and(eq(assessments.cycleId, cycleCommunes.cycleId), eq(assessments.communeId, cycleCommunes.communeId)),
    )
    .where(eq(cycleCommunes.cycleId, cycle.id));
  for (const commune of communes.filter((c) => c.status !== 'submitted')) {
    const staff = await usersWithRoleOn(db, {
      action: 'assessment:edit',
      unitPath: commune.path,
      reach: 'exact',
    });
    await notify(
      db,
      {
        userIds: staff,
        kind: 'deadline_soon',
        params: {
          what: `nộp bản tự đánh giá năm ${cycle.year} của ${commune.name}`,
          day: cycle.selfAssessmentDue,
          daysLeft,
        },
        link: `/cycles/${cycle.id}/communes/${commune.id}`,
        dedupeKey: `deadline:${cycle.id}:self_assessment:${commune.id}:${cycle.selfAssessmentDue}`,
      },
      now,
    );
  }
}
