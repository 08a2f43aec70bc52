import { type NormalisedFramework, normaliseFramework } from '@xaso/domain/framework/normalise';
import { frameworkShapeSchema } from '@xaso/domain/framework/schema';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { frameworkVersions } from '../../db/schema.ts';

export type StoredVersion = { rowId: string; version: number; framework: NormalisedFramework };

export async function loadVersionByRowId(db: Db, rowId: string): Promise<StoredVersion> {
  const [row] = await db.select().from(frameworkVersions).where(eq(frameworkVersions.id, rowId));
  if (!row) throw new Error(`framework version ${rowId} missing`);
  return {
    rowId: row.id,
    version: row.version,
    framework: normaliseFramework(frameworkShapeSchema.parse(row.content)),
  };
}

/** The latest version of a framework, or null. A cycle pins the version current when it opens. */
export async function loadLatestVersion(db: Db, frameworkId: string): Promise<StoredVersion | null> {
  const [row] = await db
    .select()
    .from(frameworkVersions)
    .where(eq(frameworkVersions.frameworkId, frameworkId))
    .orderBy(desc(frameworkVersions.version))
    .limit(1);
  return row
    ? {
        rowId: row.id,
        version: row.version,
        framework: normaliseFramework(frameworkShapeSchema.parse(row.content)),
      }
    : null;
}
