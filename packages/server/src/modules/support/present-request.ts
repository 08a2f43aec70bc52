import type {
  SupportPlanInput,
  SupportRequestView,
  supportRequestSummarySchema,
} from '@xaso/domain/contracts/steering';
import {
  type ActorKind,
  awaiting,
  isOverdue,
  mayComment,
  nextStatus,
  SUPPORT_EVENTS,
  type SupportStatus,
} from '@xaso/domain/steering/support-request';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { evidence, supportComments, supportEvents, supportRequestEvidence } from '../../db/schema.ts';
import { loadUnitAndPartnerNames } from '../responsibilities/unit-partner-names.ts';
import { capabilityOf, criterionNames, type LoadedRequest, personNames } from './load-requests.ts';

export type SupportRequestSummary = z.infer<typeof supportRequestSummarySchema>;

const person = (names: Map<string, string>, id: string) => ({ id, displayName: names.get(id) ?? '' });

/** Rows of a list, names looked up once for all of them. */
export async function presentSummaries(
  db: Db,
  requests: readonly LoadedRequest[],
  today: string,
): Promise<SupportRequestSummary[]> {
  const versions = [...new Set(requests.map((r) => r.cycle.criteriaFrameworkVersionId))];
  const [names, criteria] = await Promise.all([
    personNames(
      db,
      requests.map((r) => r.memberId),
    ),
    Promise.all(versions.map(async (v) => [v, await criterionNames(db, v)] as const)).then(
      (pairs) => new Map(pairs),
    ),
  ]);
  return requests.map((r) => summaryOf(r, names, criteria.get(r.cycle.criteriaFrameworkVersionId), today));
}

function summaryOf(
  r: LoadedRequest,
  names: Map<string, string>,
  criteria: Map<string, string> | undefined,
  today: string,
): SupportRequestSummary {
  return {
    id: r.row.id,
    cycleId: r.cycle.id,
    year: r.cycle.year,
    commune: { id: r.commune.id, name: r.commune.name },
    criterion: { code: r.row.criterionCode, name: criteria?.get(r.row.criterionCode) ?? '' },
    status: r.row.status,
    neededBy: r.row.neededBy,
    sentAt: r.row.sentAt.toISOString(),
    responsibleMember: r.memberId ? person(names, r.memberId) : null,
    awaiting: awaiting(r.row.status),
    overdue: isOverdue(r.row, today),
  };
}

/** The request as `as` (the viewer's capacities) may act on it now. */
export async function presentRequest(
  db: Db,
  loaded: LoadedRequest,
  as: ActorKind[],
  today: string,
): Promise<SupportRequestView> {
  const { row } = loaded;
  const plan = row.plan as SupportPlanInput | null;
  const [history, comments, attachments, capability, criteria] = await Promise.all([
    db
      .select()
      .from(supportEvents)
      .where(eq(supportEvents.requestId, row.id))
      .orderBy(asc(supportEvents.at), asc(supportEvents.id)),
    db
      .select()
      .from(supportComments)
      .where(eq(supportComments.requestId, row.id))
      .orderBy(asc(supportComments.createdAt), asc(supportComments.id)),
    db
      .select({
        id: evidence.id,
        fileName: evidence.fileName,
        docNumber: evidence.docNumber,
        docDate: evidence.docDate,
        summary: evidence.summary,
      })
      .from(supportRequestEvidence)
      .innerJoin(evidence, eq(evidence.id, supportRequestEvidence.evidenceId))
      .where(eq(supportRequestEvidence.requestId, row.id))
      .orderBy(asc(evidence.fileName)),
    capabilityOf(db, { cycleId: row.cycleId, communeId: row.communeId, criterionCode: row.criterionCode }),
    criterionNames(db, loaded.cycle.criteriaFrameworkVersionId),
  ]);
  const names = await personNames(db, [
    loaded.memberId,
    row.sentBy,
    row.planSubmittedBy,
    ...history.map((h) => h.actorId),
    ...comments.map((c) => c.authorId),
  ]);
  const summary = summaryOf(loaded, names, criteria, today);
  return {
    ...summary,
    need: row.need,
    sentBy: person(names, row.sentBy),
    capability,
    evidence: attachments,
    answer: row.answer,
    plan: plan && row.planSubmittedBy && row.planSubmittedAt ? await presentPlan(db, row, plan, names) : null,
    history: history.map((h) => ({
      event: h.event as SupportRequestView['history'][number]['event'],
      from: h.fromStatus as SupportStatus | null,
      to: h.toStatus as SupportStatus,
      actor: person(names, h.actorId),
      actorKind: h.actorKind as ActorKind,
      note: h.note,
      at: h.at.toISOString(),
    })),
    comments: comments.map((c) => ({
      id: c.id,
      author: person(names, c.authorId),
      authorKind: c.authorKind as ActorKind,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    })),
    version: row.version,
    you: {
      as,
      events: SUPPORT_EVENTS.filter((e) => nextStatus(row.status, e, as, capability).ok),
      mayComment: mayComment(row.status, as).ok,
    },
  };
}

/** The stored plan with the names of the units and partners that carry out each action. */
async function presentPlan(
  db: Db,
  row: LoadedRequest['row'],
  plan: SupportPlanInput,
  names: Map<string, string>,
): Promise<NonNullable<SupportRequestView['plan']>> {
  const found = await loadUnitAndPartnerNames(
    db,
    plan.actions.flatMap((a) => a.unitIds),
    plan.actions.flatMap((a) => a.partnerIds),
  );
  const named = (byId: Map<string, string>, ids: string[]) =>
    ids.map((id) => ({ id, name: byId.get(id) ?? '' }));
  return {
    summary: plan.summary,
    actions: plan.actions.map((a) => ({
      description: a.description,
      units: named(found.units, a.unitIds),
      partners: named(found.partners, a.partnerIds),
      dueDate: a.dueDate,
    })),
    budget: plan.budget,
    submittedBy: person(names, row.planSubmittedBy!),
    submittedAt: row.planSubmittedAt!.toISOString(),
    warnings: (row.planWarnings as string[] | null) ?? [],
  };
}
