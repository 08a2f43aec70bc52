import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage, StagedFile } from './file-storage.ts';

const HEAD_BYTES = 64 * 1024;

class TooLarge extends Error {}

/** Files under `DATA_DIR/files`: staging in `tmp/`, stored files by key. Keys never come from clients. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async stage(source: Readable, options: { maxBytes: number }): Promise<StagedFile | { tooLarge: true }> {
    const tempId = randomUUID();
    const tempPath = this.tempPath(tempId);
    await mkdir(path.dirname(tempPath), { recursive: true });
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
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
    return { tempId, size, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
  }

  async promote(tempId: string, key: string): Promise<void> {
    const target = this.keyPath(key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.tempPath(tempId), target);
  }

  async discard(tempId: string): Promise<void> {
    await rm(this.tempPath(tempId), { force: true });
  }

  async read(key: string): Promise<Readable> {
    const file = this.keyPath(key);
    await stat(file);
    return createReadStream(file);
  }

  private tempPath(tempId: string): string {
    return path.join(this.root, 'tmp', tempId);
  }

  private keyPath(key: string): string {
    if (!/^[a-z0-9/-]+$/.test(key) || key.includes('..')) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key);
  }
}
