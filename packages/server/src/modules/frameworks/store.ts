import { createHash } from 'node:crypto';
import type { Framework } from '@xaso/domain/framework/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { frameworkVersions } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Canonical JSON (sorted keys) so that the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Stores a validated framework as a new version unless identical content is already stored. Versions are
 * never changed afterwards, so anything assessed against one keeps its meaning.
 */
export async function saveFrameworkVersion(
  ctx: Ctx,
  options: { framework: Framework; sourceName: string; sourceHash?: string; actorUserId: string | null },
): Promise<{ version: number; created: boolean }> {
  const { framework } = options;
  const contentHash = createHash('sha256').update(canonical(framework)).digest('hex');
  return ctx.db.transaction(async (tx: Db) => {
    // Two imports of the same framework at once must not both take the next version number.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${framework.id}))`);
    const [same] = await tx
      .select({
        version: frameworkVersions.version,
        sourceName: frameworkVersions.sourceName,
        sourceHash: frameworkVersions.sourceHash,
      })
      .from(frameworkVersions)
      .where(
        and(eq(frameworkVersions.frameworkId, framework.id), eq(frameworkVersions.contentHash, contentHash)),
      );
    if (same) {
      if (
        options.sourceHash &&
        same.sourceName === options.sourceName &&
        same.sourceHash !== options.sourceHash
      )
        await recordSourceHash(tx, framework.id, same.version, options.sourceHash);
      return { version: same.version, created: false };
    }
    const [latest] = await tx
      .select({ version: frameworkVersions.version })
      .from(frameworkVersions)
      .where(eq(frameworkVersions.frameworkId, framework.id))
      .orderBy(desc(frameworkVersions.version))
      .limit(1);
    const version = (latest?.version ?? 0) + 1;
    await tx.insert(frameworkVersions).values({
      frameworkId: framework.id,
      version,
      kind: framework.kind,
      title: framework.title,
      content: framework,
      contentHash,
      sourceName: options.sourceName,
      sourceHash: options.sourceHash ?? null,
      importedAt: ctx.now(),
      importedBy: options.actorUserId,
    });
    await recordAudit(tx, ctx, {
      actorUserId: options.actorUserId,
      action: 'framework.imported',
      entityType: 'framework',
      entityId: framework.id,
      after: { version, title: framework.title, sourceName: options.sourceName, contentHash },
    });
    return { version, created: true };
  });
}

/**
 * The same file gave the same content with other bytes (a comment edited) or was stored before its hash was
 * kept: the version remembers these bytes so that the next start skips the file (bundled.ts). The source hash
 * is a note on where the content came from, not part of the version's content, which stays unchanged.
 */
async function recordSourceHash(
  tx: Db,
  frameworkId: string,
  version: number,
  sourceHash: string,
): Promise<void> {
  await tx
    .update(frameworkVersions)
    .set({ sourceHash })
    .where(and(eq(frameworkVersions.frameworkId, frameworkId), eq(frameworkVersions.version, version)));
}
