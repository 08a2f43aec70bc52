import type { Db } from '../db/client.ts';
import type { LocalFileStorage } from './local-file-storage.ts';
import { type FileRow, fileRows, isKeyReferenced } from './storage-references.ts';

export type StorageReport = {
  /** Stored files no row names. */
  orphans: string[];
  /** Rows whose file is not in storage. */
  missing: FileRow[];
  /** Files dead processes left in staging (paths under staging). */
  staging: string[];
};

/**
 * Compares the files in storage with the rows that name them. Safe beside a running server: a file a live
 * process has placed while its row is being written is not counted as an orphan (storage keeps a record of it
 * until the row is settled).
 */
export async function checkStorage(db: Db, storage: LocalFileStorage): Promise<StorageReport> {
  // Rows first, then files: a file is in place before its row is written, so a row read here whose file is
  // not listed after is truly missing. A file whose row was written between the two reads is asked again.
  const rows = await fileRows(db);
  const keys = await storage.listKeys();
  // Staging after the files: a placed file listed above had its record written before it was moved, so the
  // record is seen here unless the row has since been written (asked again below) or the upload undone.
  const scan = await storage.scanStaging();
  const named = new Set(rows.map((r) => r.key));
  const inFlight = new Set(scan.inFlight);
  const stored = new Set(keys);
  const orphans: string[] = [];
  for (const key of keys.filter((k) => !named.has(k) && !inFlight.has(k)))
    if (!(await isKeyReferenced(db, key))) orphans.push(key);
  return {
    orphans,
    missing: rows.filter((r) => !stored.has(r.key)),
    staging: scan.leftovers.flatMap((l) => l.staged),
  };
}
