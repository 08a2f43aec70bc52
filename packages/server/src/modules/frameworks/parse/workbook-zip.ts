import { inflateRawSync } from 'node:zlib';
import { checkZipLimits, type LocatedZipEntry, readZipEntries } from '@xaso/domain/files/zip-directory';
import { AppError } from '../../../http/app-error.ts';
import { IMPORT_LIMITS } from './import-limits.ts';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
const ADVICE = 'Hãy dùng mẫu Excel tải từ hệ thống (khoảng 100 KB khi giải nén).';

/**
 * Refuses an .xlsx whose zip directory is unreadable or declares too much (entries, inflated total, ratio),
 * before any parser opens it. Cheap: reads only the directory, inflates nothing.
 */
export function checkWorkbookDirectory(bytes: Uint8Array): LocatedZipEntry[] {
  const directory = readZipEntries(bytes, bytes.length, {
    maxEntries: IMPORT_LIMITS.zip.maxEntries,
    maxNameBytes: IMPORT_LIMITS.zip.maxNameBytes,
  });
  if (!directory.ok && directory.limit) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tệp Excel không được nhận. ${directory.reason} ${ADVICE}`);
  }
  if (!directory.ok) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `Tệp không phải tệp Excel (.xlsx) hợp lệ: ${directory.reason}. ${ADVICE}`,
    );
  }
  // Entries whose data overlaps (one deflate stream listed a thousand times) would make the inflation check
  // below read the same bytes over and over: in a real archive the data of all entries fits in the file once.
  const compressed = directory.entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  if (compressed > bytes.length) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `Tệp không phải tệp Excel (.xlsx) hợp lệ: các mục trong tệp nén chồng lên nhau. ${ADVICE}`,
    );
  }
  const problem = checkZipLimits(directory.entries, IMPORT_LIMITS.zip);
  if (problem) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp Excel không được nhận. ${problem} ${ADVICE}`);
  return directory.entries;
}

/**
 * Inflates each entry with a cap at its declared size, so a directory that understates what an entry holds (the
 * parser inflates the data, not the declaration) is refused before the parser allocates it. Bounded by the
 * limits above: at most `maxTotalUncompressed` bytes are produced in all.
 */
export function checkWorkbookInflation(bytes: Uint8Array, entries: readonly LocatedZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + LOCAL_SIZE > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) corrupt(entry);
    const start = at + LOCAL_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) corrupt(entry);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) corrupt(entry);
      continue;
    }
    if (entry.method !== 8) {
      throw new AppError(
        'UNSUPPORTED_FILE',
        `Tệp Excel dùng kiểu nén không được hỗ trợ (mục "${entry.name}"). ${ADVICE}`,
      );
    }
    let inflated: Buffer;
    try {
      // One byte of headroom tells "exactly as declared" from "more than declared".
      inflated = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `Tệp Excel không được nhận: mục "${entry.name}" chứa nhiều dữ liệu hơn mức khai trong mục lục của tệp nén. ${ADVICE}`,
        );
      }
      corrupt(entry);
    }
    if (inflated.length !== entry.uncompressedSize) corrupt(entry);
  }
}

function corrupt(entry: LocatedZipEntry): never {
  throw new AppError(
    'UNSUPPORTED_FILE',
    `Tệp Excel bị hỏng (mục "${entry.name}" không khớp với mục lục). ${ADVICE}`,
  );
}
