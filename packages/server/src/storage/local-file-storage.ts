import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage, IsReferenced, StagedFile } from './file-storage.ts';
import { ABANDONED_AFTER_MS, isAbandoned, ownStagingName } from './staging-owner.ts';

const HEAD_BYTES = 64 * 1024;
/** Enough for the end of a zip archive: its directory (a few KB for an Office file) and a comment of ≤ 64 KB. */
const TAIL_BYTES = 256 * 1024;
const STAGING = 'tmp';
/** A placed file's record in staging: `placed.` and its key with `/` written as `+` (keys never hold `+`). */
const PLACED = 'placed.';

class TooLarge extends Error {}

export type StagingRecovery = { staged: number; placedRemoved: number; placedKept: number };

/**
 * Files under `DATA_DIR/files`: stored files by key, staging in `tmp/<host>.<pid>/`. Keys never come from
 * clients.
 */
export class LocalFileStorage implements FileStorage {
  private readonly staging: string;

  constructor(private readonly root: string) {
    this.staging = path.join(root, STAGING, ownStagingName());
  }

  async stage(source: Readable, options: { maxBytes: number }): Promise<StagedFile | { tooLarge: true }> {
    const tempId = randomUUID();
    const tempPath = this.tempPath(tempId);
    await mkdir(this.staging, { recursive: true });
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    // The last chunks whose total just covers TAIL_BYTES.
    const tailChunks: Buffer[] = [];
    let tailLength = 0;
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > options.maxBytes) return callback(new TooLarge());
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        tailChunks.push(chunk);
        tailLength += chunk.length;
        while (tailLength - tailChunks[0]!.length >= TAIL_BYTES) tailLength -= tailChunks.shift()!.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tempPath));
    } catch (err) {
      await rm(tempPath, { force: true });
      // The rest of the upload must still be read, or the request never ends.
      source.resume();
      if (err instanceof TooLarge) return { tooLarge: true };
      throw err;
    }
    const tail = Buffer.concat(tailChunks);
    return {
      tempId,
      size,
      sha256: hash.digest('hex'),
      head: Buffer.concat(headChunks),
      tail: tail.subarray(Math.max(0, tail.length - TAIL_BYTES)),
    };
  }

  async promote(tempId: string, key: string): Promise<void> {
    const target = this.keyPath(key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.tempPath(tempId), target);
  }

  async place(tempId: string, key: string): Promise<void> {
    const target = this.keyPath(key);
    // The record first: a crash after the move must find it.
    await writeFile(this.placedPath(key), '');
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.tempPath(tempId), target);
  }

  async settle(key: string): Promise<void> {
    await rm(this.placedPath(key), { force: true });
  }

  async unplace(key: string): Promise<void> {
    await rm(this.keyPath(key), { force: true });
    await rm(this.placedPath(key), { force: true });
  }

  async discard(tempId: string): Promise<void> {
    await rm(this.tempPath(tempId), { force: true });
  }

  async read(key: string): Promise<Readable> {
    const file = this.keyPath(key);
    await stat(file);
    return createReadStream(file);
  }

  async listKeys(): Promise<string[]> {
    const keys: string[] = [];
    // By hand rather than readdir's `recursive`: a folder removed while the walk runs is skipped, not fatal.
    const walk = async (relative: string): Promise<void> => {
      const entries = await readdir(path.join(this.root, relative), { withFileTypes: true }).catch(
        ifMissing([]),
      );
      for (const entry of entries) {
        const key = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (key !== STAGING) await walk(key);
        } else if (entry.isFile()) keys.push(key);
      }
    };
    await walk('');
    return keys.sort();
  }

  async remove(key: string): Promise<void> {
    await rm(this.keyPath(key), { force: true });
  }

  /**
   * Cleans what dead processes left in staging (see staging-owner.ts): partial uploads are removed; a file
   * placed under its key whose row was never written (a crash between the two) is removed, one whose row was
   * written is kept. Call at start, before serving. Files of the layout before per-process folders are removed
   * once they are older than any upload can take.
   */
  async recoverStaging(isReferenced: IsReferenced, now = Date.now()): Promise<StagingRecovery> {
    const result: StagingRecovery = { staged: 0, placedRemoved: 0, placedKept: 0 };
    const { leftovers } = await this.scanStaging(now);
    for (const { folder, staged, placed } of leftovers) {
      result.staged += staged.length;
      for (const key of placed) {
        if (await isReferenced(key)) result.placedKept += 1;
        else {
          await rm(this.keyPath(key), { force: true });
          result.placedRemoved += 1;
        }
      }
      if (folder) await rm(folder, { recursive: true, force: true });
      else for (const file of staged) await rm(path.join(this.root, STAGING, file), { force: true });
    }
    return result;
  }

  /**
   * Staging as the storage check sees it: what dead processes left (`leftovers`, paths under staging), and the
   * keys live processes have placed but not yet settled — their rows are being written, so they are no orphans.
   */
  async scanStaging(now = Date.now()): Promise<{
    leftovers: Array<{ folder: string | null; staged: string[]; placed: string[] }>;
    inFlight: string[];
  }> {
    const dir = path.join(this.root, STAGING);
    const leftovers: Array<{ folder: string | null; staged: string[]; placed: string[] }> = [];
    const inFlight: string[] = [];
    const oldLayout: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(ifMissing([]))) {
      const full = path.join(dir, entry.name);
      if (!entry.isDirectory()) {
        const mtimeMs = await stat(full).then((s) => s.mtimeMs, ifMissing(now));
        if (now - mtimeMs > ABANDONED_AFTER_MS) oldLayout.push(entry.name);
        continue;
      }
      const files = await readdir(full).catch(ifMissing([]));
      const placed = files
        .filter((f) => f.startsWith(PLACED))
        .map(placedKey)
        .filter(isValidKey);
      if (await isAbandoned(full, files, now)) {
        const staged = files.filter((f) => !f.startsWith(PLACED)).map((f) => `${entry.name}/${f}`);
        leftovers.push({ folder: full, staged, placed });
      } else inFlight.push(...placed);
    }
    if (oldLayout.length > 0) leftovers.push({ folder: null, staged: oldLayout, placed: [] });
    return { leftovers, inFlight };
  }

  private tempPath(tempId: string): string {
    return path.join(this.staging, tempId);
  }

  private placedPath(key: string): string {
    this.keyPath(key);
    return path.join(this.staging, `${PLACED}${key.replaceAll('/', '+')}`);
  }

  private keyPath(key: string): string {
    if (!isValidKey(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key);
  }
}

const isValidKey = (key: string) => /^[a-z0-9/-]+$/.test(key) && !key.includes('..');
const placedKey = (name: string) => name.slice(PLACED.length).replaceAll('+', '/');

function ifMissing<T>(value: T) {
  return (err: NodeJS.ErrnoException): T => {
    if (err.code === 'ENOENT') return value;
    throw err;
  };
}
