import type { Named } from '@xaso/domain/steering/responsibility';
import { nfc } from '@xaso/domain/text';
import type { Actor, Ctx } from '../../../context.ts';
import { partners } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { isUniqueViolation } from '../../evidence/unique-violation.ts';
import { areaFor } from '../../roadmap/area.ts';
import { loadPartners } from '../area-choices.ts';

/** The area's outside organisations, by name. */
export async function listPartners(ctx: Ctx, options: { actor: Actor; areaId: string }): Promise<Named[]> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'cycle:read');
  return loadPartners(ctx.db, area.id);
}

/** Same organisation: the same words, whatever the case and spacing (diacritics count: "Lộc" is not "Lốc"). */
const sameName = (name: string) => nfc(name).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** Adds an outside organisation (a telecom, a bank, the hospital) that the matrix may name. */
export async function createPartner(
  ctx: Ctx,
  options: { actor: Actor; areaId: string; name: string },
): Promise<Named> {
  const area = await areaFor(ctx.db, options.actor, options.areaId, 'responsibility:manage');
  const name = nfc(options.name).replace(/\s+/g, ' ').trim();
  const duplicate = () =>
    AppError.validation({ name: `Đã có “${name}” trong danh sách tổ chức phối hợp của ${area.name}.` });
  const existing = await loadPartners(ctx.db, area.id);
  if (existing.some((p) => sameName(p.name) === sameName(name))) throw duplicate();
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(partners)
        .values({ areaId: area.id, name, createdBy: options.actor.id })
        .returning({ id: partners.id, name: partners.name });
      await recordAudit(tx, ctx, {
        actorUserId: options.actor.id,
        action: 'partner.created',
        entityType: 'partner',
        entityId: row!.id,
        after: { areaId: area.id, name },
      });
      return row!;
    });
  } catch (err) {
    // Two offices adding the same name at once: the unique index lets one in.
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}
