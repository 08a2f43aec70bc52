import type { FrameworkDetail, FrameworkSummary } from '@xaso/domain/contracts/frameworks';
import { normaliseFramework } from '@xaso/domain/framework/normalise';
import { type Framework, frameworkShapeSchema } from '@xaso/domain/framework/schema';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { frameworkVersions, users } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';

type VersionRow = {
  frameworkId: string;
  version: number;
  content: unknown;
  importedAt: Date;
  sourceName: string;
  importedBy: string | null;
};

async function versionRows(db: Db, frameworkId?: string): Promise<VersionRow[]> {
  return db
    .select({
      frameworkId: frameworkVersions.frameworkId,
      version: frameworkVersions.version,
      content: frameworkVersions.content,
      importedAt: frameworkVersions.importedAt,
      sourceName: frameworkVersions.sourceName,
      importedBy: users.username,
    })
    .from(frameworkVersions)
    .leftJoin(users, eq(users.id, frameworkVersions.importedBy))
    .where(frameworkId ? eq(frameworkVersions.frameworkId, frameworkId) : undefined)
    .orderBy(asc(frameworkVersions.frameworkId), asc(frameworkVersions.version));
}

const info = (r: VersionRow) => ({
  version: r.version,
  importedAt: r.importedAt.toISOString(),
  importedBy: r.importedBy,
  sourceName: r.sourceName,
});

/** Stored content was validated on import; parsing again guards against a row edited by hand. */
function contentOf(r: VersionRow): Framework {
  return frameworkShapeSchema.parse(r.content);
}

export async function listFrameworkSummaries(db: Db): Promise<FrameworkSummary[]> {
  const rows = await versionRows(db);
  const byId = new Map<string, VersionRow[]>();
  for (const r of rows) byId.set(r.frameworkId, [...(byId.get(r.frameworkId) ?? []), r]);
  return [...byId.values()].map((versions) => {
    const latest = versions.at(-1)!;
    const f = contentOf(latest);
    const items = f.groups.flatMap((g) => g.items);
    const maxima = items.map((i) => i.maxPoints ?? null);
    return {
      id: f.id,
      title: f.title,
      kind: f.kind,
      appliesTo: f.appliesTo,
      legalBasis: f.legalBasis,
      years: [...f.years].sort(),
      itemCount: items.length,
      maxPoints:
        f.kind === 'index' && maxima.every((m) => m !== null) ? maxima.reduce((a, b) => a! + b!, 0) : null,
      latestVersion: latest.version,
      versions: versions.map(info),
    };
  });
}

/** One version (the latest by default) in the normalised shape; 404 when it does not exist. */
export async function loadFrameworkDetail(
  db: Db,
  frameworkId: string,
  version?: number,
): Promise<FrameworkDetail> {
  const versions = await versionRows(db, frameworkId);
  const chosen = version ? versions.find((v) => v.version === version) : versions.at(-1);
  if (!chosen) throw AppError.notFound();
  return {
    framework: normaliseFramework(contentOf(chosen)),
    version: info(chosen),
    versions: versions.map(info),
  };
}
