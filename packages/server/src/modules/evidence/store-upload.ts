import { randomUUID } from 'node:crypto';
import type { Citation } from '@xaso/domain/contracts/evidence';
import { and, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../context.ts';
import { evidence } from '../../db/schema.ts';
import type { FileStorage, StagedFile } from '../../storage/file-storage.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { presentEvidence } from './load-evidence.ts';
import { isUniqueViolation } from './unique-violation.ts';

/**
 * Writes the row of a staged upload. The file is placed under its own key (one per upload, so removing it never
 * touches another upload's file) before the row is written, and its placement is settled only once the row is:
 * a reader never meets a row without its file, a failed write removes the file, and a crash in between leaves a
 * record that the next start settles (LocalFileStorage.recoverStaging). Two identical uploads racing past the
 * duplicate check meet at the unique index; the loser answers the winner's document as a duplicate.
 */
export async function storeUpload(
  ctx: Ctx,
  options: {
    actor: Actor;
    communeId: string;
    storage: FileStorage;
    staged: StagedFile;
    fileName: string;
    mediaType: string;
    citation: Citation;
  },
) {
  const { staged, storage } = options;
  const existing = await findSameFile(ctx, options.communeId, staged.sha256);
  if (existing) {
    await storage.discard(staged.tempId);
    return existing;
  }
  const id = randomUUID();
  const storageKey = `${options.communeId}/${id}`;
  await storage.place(staged.tempId, storageKey);
  let row: typeof evidence.$inferSelect;
  try {
    row = await insertEvidence(ctx, { ...options, id, storageKey });
  } catch (err) {
    if (isUniqueViolation(err)) {
      await storage.unplace(storageKey);
      const winner = await findSameFile(ctx, options.communeId, staged.sha256);
      if (winner) return winner;
      throw err;
    }
    // A failed commit may still have written the row (a connection lost during COMMIT); when even that
    // cannot be asked, the placement stays unsettled for the next start to decide.
    const written = await ctx.db
      .select({ id: evidence.id })
      .from(evidence)
      .where(eq(evidence.id, id))
      .then(
        (rows) => rows.length > 0,
        () => null,
      );
    if (written === false) await storage.unplace(storageKey);
    else if (written) await storage.settle(storageKey);
    throw err;
  }
  await storage.settle(storageKey);
  return { evidence: (await presentEvidence(ctx.db, [row]))[0]!, duplicate: false };
}

async function findSameFile(ctx: Ctx, communeId: string, sha256: string) {
  const [existing] = await ctx.db
    .select()
    .from(evidence)
    .where(and(eq(evidence.communeId, communeId), eq(evidence.sha256, sha256)));
  return existing ? { evidence: (await presentEvidence(ctx.db, [existing]))[0]!, duplicate: true } : null;
}

function insertEvidence(
  ctx: Ctx,
  options: {
    actor: Actor;
    communeId: string;
    staged: StagedFile;
    fileName: string;
    mediaType: string;
    citation: Citation;
    id: string;
    storageKey: string;
  },
) {
  const { staged } = options;
  return ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(evidence)
      .values({
        id: options.id,
        communeId: options.communeId,
        sha256: staged.sha256,
        storageKey: options.storageKey,
        fileName: options.fileName,
        mediaType: options.mediaType,
        size: staged.size,
        ...options.citation,
        uploadedAt: ctx.now(),
        uploadedBy: options.actor.id,
      })
      .returning();
    await recordAudit(tx, ctx, {
      actorUserId: options.actor.id,
      action: 'evidence.uploaded',
      entityType: 'evidence',
      entityId: inserted!.id,
      after: { fileName: options.fileName, size: staged.size, sha256: staged.sha256, ...options.citation },
    });
    return inserted!;
  });
}
