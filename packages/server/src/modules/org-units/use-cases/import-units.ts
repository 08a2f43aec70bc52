import { randomUUID } from 'node:crypto';
import { searchKey } from '@xaso/domain/text';
import { eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import { orgUnitSuccessions, orgUnits } from '../../../db/schema.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Catalogue } from '../import/parse-unit-file.ts';
import { dayBefore, planImport } from '../import/plan-import.ts';

export type ImportSummary = {
  created: number;
  renamed: number;
  closed: number;
  unchanged: number;
  successions: number;
};

const CHUNK = 1000;

/**
 * Imports a catalogue in one transaction: all or nothing. Importing the same file twice changes nothing.
 * One audit event records the summary (with every rename's before/after) rather than 10,000 events.
 */
export async function importUnits(
  ctx: Ctx,
  options: { actorUserId: string | null; catalogue: Catalogue; fileName: string },
): Promise<ImportSummary> {
  return ctx.db.transaction(async (tx) => {
    // Serialise concurrent imports: two at once would both plan against the same snapshot.
    await tx.execute(sql`lock table org_units in share row exclusive mode`);
    const existing = await tx.select().from(orgUnits).where(isNotNull(orgUnits.gsoCode));
    const plan = planImport(options.catalogue, existing, randomUUID);
    const closeOn = dayBefore(options.catalogue.effectiveOn);

    for (let i = 0; i < plan.closeIds.length; i += CHUNK) {
      await tx
        .update(orgUnits)
        .set({ validTo: closeOn })
        .where(inArray(orgUnits.id, plan.closeIds.slice(i, i + CHUNK)));
    }
    // Departments have no code and are not in any catalogue: they end with the district they belong to.
    if (plan.closeIds.length) {
      await tx.execute(sql`update org_units d set valid_to = ${closeOn}
        where d.gso_code is null and d.valid_to is null
          and exists (select 1 from org_units p where p.id = d.parent_id and p.valid_to = ${closeOn})`);
    }
    for (const r of plan.renames) {
      await tx
        .update(orgUnits)
        .set({ name: r.after, searchKey: searchKey(r.after), subtype: r.subtype })
        .where(eq(orgUnits.id, r.id));
    }
    for (let i = 0; i < plan.inserts.length; i += CHUNK) {
      await tx.insert(orgUnits).values(plan.inserts.slice(i, i + CHUNK));
    }
    let successions = 0;
    for (let i = 0; i < plan.successions.length; i += CHUNK) {
      const inserted = await tx
        .insert(orgUnitSuccessions)
        .values(
          plan.successions
            .slice(i, i + CHUNK)
            .map((s) => ({ ...s, effectiveOn: options.catalogue.effectiveOn })),
        )
        .onConflictDoNothing()
        .returning({ id: orgUnitSuccessions.predecessorId });
      successions += inserted.length;
    }
    const summary: ImportSummary = {
      created: plan.inserts.length,
      renamed: plan.renames.length,
      closed: plan.closeIds.length,
      unchanged: plan.unchanged,
      successions,
    };
    const changed = summary.created + summary.renamed + summary.closed + summary.successions > 0;
    if (changed) {
      await recordAudit(tx, ctx, {
        actorUserId: options.actorUserId,
        action: 'org_units.imported',
        entityType: 'org_units',
        entityId: null,
        after: {
          file: options.fileName,
          effectiveOn: options.catalogue.effectiveOn,
          ...summary,
          renames: plan.renames,
        },
      });
    }
    return summary;
  });
}
