import { type NormalisedFramework, normaliseFramework } from '@xaso/domain/framework/normalise';
import { frameworkShapeSchema } from '@xaso/domain/framework/schema';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { frameworkVersions } from '../../db/schema.ts';

export type StoredVersion = { rowId: string; version: number; framework: NormalisedFramework };

/**
 * Stored versions never change (a changed framework is a new row with a new random id), so a version read
 * once can be kept for the life of the process: every save and workspace would otherwise re-read and re-check
 * the whole framework. Bounded, oldest dropped first; the promise is kept so concurrent readers share one read.
 */
const MAX_CACHED_VERSIONS = 64;
const versionCache = new Map<string, Promise<StoredVersion>>();

export function loadVersionByRowId(db: Db, rowId: string): Promise<StoredVersion> {
  const cached = versionCache.get(rowId);
  if (cached) return cached;
  const loading = readVersion(db, rowId);
  versionCache.set(rowId, loading);
  loading.catch(() => versionCache.delete(rowId));
  if (versionCache.size > MAX_CACHED_VERSIONS) {
    versionCache.delete(versionCache.keys().next().value as string);
  }
  return loading;
}

async function readVersion(db: Db, rowId: string): Promise<StoredVersion> {
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
