import type { Evidence } from '@xaso/domain/contracts/evidence';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { assessments, cycles, evidence, evidenceLinks, orgUnits, users } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';

type Row = typeof evidence.$inferSelect;

/** Documents with their links across cycles, presented for the API (no storage key leaves the server). */
export async function presentEvidence(db: Db, rows: Row[]): Promise<Evidence[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [links, uploaders] = await Promise.all([
    db
      .select({
        evidenceId: evidenceLinks.evidenceId,
        assessmentId: evidenceLinks.assessmentId,
        kind: evidenceLinks.itemKind,
        code: evidenceLinks.itemCode,
        year: cycles.year,
      })
      .from(evidenceLinks)
      .innerJoin(assessments, eq(assessments.id, evidenceLinks.assessmentId))
      .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
      .where(inArray(evidenceLinks.evidenceId, ids)),
    db.select({ id: users.id, name: users.displayName }).from(users),
  ]);
  return rows.map((r) => ({
    id: r.id,
    communeId: r.communeId,
    fileName: r.fileName,
    mediaType: r.mediaType,
    size: r.size,
    sha256: r.sha256,
    docNumber: r.docNumber,
    docDate: r.docDate,
    issuer: r.issuer,
    summary: r.summary,
    uploadedAt: r.uploadedAt.toISOString(),
    uploadedBy: uploaders.find((u) => u.id === r.uploadedBy)?.name ?? null,
    links: links
      .filter((l) => l.evidenceId === r.id)
      .map(({ assessmentId, year, kind, code }) => ({ assessmentId, year, kind, code }))
      .sort((a, b) => a.year - b.year || a.code.localeCompare(b.code, 'vi', { numeric: true })),
  }));
}

/** A document and its commune (for the policy check); "not found" when missing. */
export async function loadEvidenceRow(db: Db, id: string) {
  const [row] = await db
    .select({ evidence, communePath: orgUnits.path })
    .from(evidence)
    .innerJoin(orgUnits, eq(orgUnits.id, evidence.communeId))
    .where(eq(evidence.id, id));
  if (!row) throw AppError.notFound();
  return row;
}
