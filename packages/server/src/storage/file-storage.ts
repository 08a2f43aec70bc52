import type { Readable } from 'node:stream';

/** What a stored upload turned out to be, measured while it streamed in. */
export type StagedFile = {
  tempId: string;
  size: number;
  sha256: string;
  /** The first bytes, to decide the type from the content rather than the name. */
  head: Buffer;
};

/**
 * Where evidence files live. Uploads stream into a staging area (hashed and measured on the way) and are then
 * promoted under their final key or discarded, so a refused upload leaves nothing behind. The local directory
 * is the default; an S3-compatible store can implement the same four operations.
 */
export interface FileStorage {
  stage(source: Readable, options: { maxBytes: number }): Promise<StagedFile | { tooLarge: true }>;
  promote(tempId: string, key: string): Promise<void>;
  discard(tempId: string): Promise<void>;
  read(key: string): Promise<Readable>;
}
