import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { evidence, generatedDocuments } from '../db/schema.ts';

/** The tables whose rows name a stored file: evidence documents and generated reports. */
export async function referencedKeys(db: Db): Promise<Set<string>> {
  const [documents, reports] = await Promise.all([
    db.select({ key: evidence.storageKey }).from(evidence),
    db
      .select({ key: generatedDocuments.storageKey })
      .from(generatedDocuments)
      .where(isNotNull(generatedDocuments.storageKey)),
  ]);
  return new Set([...documents, ...reports].map((r) => r.key!));
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
