import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { evidence, generatedDocuments } from '../db/schema.ts';

/** A row that names a stored file: an evidence document or a generated report. */
export type FileRow = {
  table: 'evidence' | 'generated_documents';
  id: string;
  key: string;
  fileName: string;
};

/** Every row that names a stored file. */
export async function fileRows(db: Db): Promise<FileRow[]> {
  const [documents, reports] = await Promise.all([
    db.select({ id: evidence.id, key: evidence.storageKey, fileName: evidence.fileName }).from(evidence),
    db
      .select({
        id: generatedDocuments.id,
        key: generatedDocuments.storageKey,
        fileName: generatedDocuments.fileName,
      })
      .from(generatedDocuments)
      .where(isNotNull(generatedDocuments.storageKey)),
  ]);
  return [
    ...documents.map((r) => ({ table: 'evidence' as const, ...r })),
    ...reports.map((r) => ({
      table: 'generated_documents' as const,
      id: r.id,
      key: r.key!,
      fileName: r.fileName ?? '',
    })),
  ];
}

/** Whether any row names this stored file. */
export async function isKeyReferenced(db: Db, key: string): Promise<boolean> {
  const [documents, reports] = await Promise.all([
    db.select({ id: evidence.id }).from(evidence).where(eq(evidence.storageKey, key)).limit(1),
    db
      .select({ id: generatedDocuments.id })
      .from(generatedDocuments)
      .where(eq(generatedDocuments.storageKey, key))
      .limit(1),
  ]);
  return documents.length + reports.length > 0;
}
