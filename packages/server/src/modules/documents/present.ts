import type { GeneratedDocument } from '@xaso/domain/contracts/documents';
import type { DocumentFormat, DocumentKind } from '@xaso/domain/documents/model';
import type { generatedDocuments } from '../../db/schema.ts';

export function presentDocument(
  row: typeof generatedDocuments.$inferSelect,
  createdBy: string | null,
): GeneratedDocument {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    format: row.format as DocumentFormat,
    status: row.status as GeneratedDocument['status'],
    error: row.error,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
    createdBy,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.durationMs,
  };
}
