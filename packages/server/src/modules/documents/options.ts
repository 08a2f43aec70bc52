import { type DocumentOptions, documentOptionsSchema } from '@xaso/domain/contracts/documents';
import { defaultDocumentOptions } from '@xaso/domain/documents/defaults';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { documentSettings, orgUnits } from '../../db/schema.ts';

/** The form a commune used last, or defaults from its name and the unit above it. */
export async function loadDocumentOptions(
  db: Db,
  commune: { id: string; name: string; parentId: string | null },
): Promise<DocumentOptions> {
  const [saved] = await db.select().from(documentSettings).where(eq(documentSettings.orgUnitId, commune.id));
  const parsed = saved ? documentOptionsSchema.safeParse(saved.options) : null;
  if (parsed?.success) return parsed.data;
  const [parent] = commune.parentId
    ? await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, commune.parentId))
    : [];
  return defaultDocumentOptions(commune, parent ?? null);
}

/** Remembers the form for the commune's next document (inside the caller's transaction). */
export async function rememberDocumentOptions(
  tx: Db,
  options: { orgUnitId: string; values: DocumentOptions; at: Date; by: string },
): Promise<void> {
  const row = { options: options.values, updatedAt: options.at, updatedBy: options.by };
  await tx
    .insert(documentSettings)
    .values({ orgUnitId: options.orgUnitId, ...row })
    .onConflictDoUpdate({ target: documentSettings.orgUnitId, set: row });
}
