import type { Readable } from 'node:stream';

/** What a stored upload turned out to be, measured while it streamed in. */
export type StagedFile = {
  tempId: string;
  size: number;
  sha256: string;
  /** The first bytes, to decide the type from the content rather than the name. */
  head: Buffer;
  /** The last bytes (a zip archive's directory of entries is at its end). */
  tail: Buffer;
};

/** Asks the database whether a row refers to a stored file (used to settle uploads a crash interrupted). */
export type IsReferenced = (key: string) => Promise<boolean>;

/**
 * Where files live. Uploads stream into a staging area (hashed and measured on the way) and are then placed
 * under their final key or discarded, so a refused upload leaves nothing behind. The local directory is the
 * default; an S3-compatible store can implement the same operations.
 *
 * Two ways to give a staged file its key:
 * - `promote`: one atomic move, for files the server can make again (generated documents);
 * - `place` → row written → `settle` (or `unplace` when the row is not written): the file is in place before
 *   its row becomes visible, so a reader never meets a row without its file, and a record kept in staging until
 *   `settle` lets the next start remove a placed file whose row a crash kept from being written
 *   (`recoverStaging`).
 */
export interface FileStorage {
  stage(source: Readable, options: { maxBytes: number }): Promise<StagedFile | { tooLarge: true }>;
  promote(tempId: string, key: string): Promise<void>;
  place(tempId: string, key: string): Promise<void>;
  settle(key: string): Promise<void>;
  unplace(key: string): Promise<void>;
  discard(tempId: string): Promise<void>;
  read(key: string): Promise<Readable>;
  /** Every stored key (staging excluded), for the storage check. */
  listKeys(): Promise<string[]>;
  remove(key: string): Promise<void>;
}
