/**
 * Reads a zip archive's central directory (the list of entries with their declared sizes) without inflating
 * anything, so an upload can be refused before a parser opens it: a 1 MB .xlsx may declare a 1 GB sheet.
 * Pure: bytes in, entries out; no I/O.
 */

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number; method: number };

/** An entry with where its local header starts (from the file's start), for a reader that inflates it. */
export type LocatedZipEntry = ZipEntry & { localHeaderOffset: number };

/** `limit`: refused for exceeding a limit the caller set (`ReadLimits`), not for being malformed. */
export type ZipDirectoryResult =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: string; limit?: true };

/**
 * Limits checked while reading, so a hostile directory costs the reader little: the entry count comes from the
 * end record before any entry is read, and a long name stops the reading before it is decoded.
 */
export type ReadLimits = { maxEntries?: number; maxNameBytes?: number };

export type ZipLimits = { maxEntries: number; maxTotalUncompressed: number; maxRatio: number };

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const MAX_COMMENT = 0xffff;
const UTF8_FLAG = 1 << 11;

/**
 * Lists the entries of a zip archive from its central directory.
 *
 * `tail` holds the last `tail.length` bytes of a file of `fileSize` bytes (the whole file when they are equal);
 * the directory must lie inside it. ZIP64 archives, multi-disk archives, a directory that disagrees with its
 * end record and any truncation are refused (`ok: false`) — never thrown — since an office template never
 * needs them and each is a way to make this reader and the real parser disagree.
 */
export function readZipDirectory(
  tail: Uint8Array,
  fileSize: number = tail.length,
  limits: ReadLimits = {},
): ZipDirectoryResult {
  const result = readZipEntries(tail, fileSize, limits);
  if (!result.ok) return result;
  return { ok: true, entries: result.entries.map(({ localHeaderOffset: _, ...entry }) => entry) };
}

/** `readZipDirectory`, keeping each entry's local header offset. */
export function readZipEntries(
  tail: Uint8Array,
  fileSize: number = tail.length,
  limits: ReadLimits = {},
): { ok: true; entries: LocatedZipEntry[] } | { ok: false; reason: string; limit?: true } {
  if (!Number.isSafeInteger(fileSize) || fileSize < tail.length) {
    return { ok: false, reason: 'kích thước tệp không khớp với phần đã đọc' };
  }
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const tailStart = fileSize - tail.length;

  // The end record is the LAST signature (as most readers pick it), and its comment must end the file
  // exactly: a signature hidden in a comment, or bytes after the record, could steer another reader elsewhere.
  const eocd = lastIndexOf(view, EOCD_SIGNATURE, Math.max(0, tail.length - EOCD_SIZE - MAX_COMMENT));
  if (eocd < 0)
    return { ok: false, reason: 'không tìm thấy mục lục của tệp nén (tệp bị cắt hoặc không phải zip)' };
  if (eocd + EOCD_SIZE + view.getUint16(eocd + 20, true) !== tail.length) {
    return { ok: false, reason: 'phần cuối của tệp nén không hợp lệ' };
  }
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const totalEntries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (
    totalEntries === 0xffff ||
    entriesOnDisk === 0xffff ||
    cdSize === 0xffffffff ||
    cdOffset === 0xffffffff ||
    (eocd >= ZIP64_LOCATOR_SIZE &&
      view.getUint32(eocd - ZIP64_LOCATOR_SIZE, true) === ZIP64_LOCATOR_SIGNATURE)
  ) {
    return { ok: false, reason: 'tệp nén dạng ZIP64 không được hỗ trợ' };
  }
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== totalEntries) {
    return { ok: false, reason: 'tệp nén nhiều phần không được hỗ trợ' };
  }
  const cdFileEnd = cdOffset + cdSize;
  if (cdFileEnd > tailStart + eocd)
    return { ok: false, reason: 'mục lục của tệp nén vượt quá kích thước tệp' };
  if (cdOffset < tailStart) return { ok: false, reason: 'mục lục của tệp nén quá lớn để kiểm tra' };

  const maxEntries = limits.maxEntries ?? Number.POSITIVE_INFINITY;
  if (totalEntries > maxEntries) {
    return {
      ok: false,
      limit: true,
      reason: `Tệp nén có ${totalEntries} mục, vượt quá giới hạn ${maxEntries} mục.`,
    };
  }
  const entries: LocatedZipEntry[] = [];
  let at = cdOffset - tailStart;
  const end = at + cdSize;
  while (at < end) {
    if (at + CENTRAL_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: 'mục lục của tệp nén bị hỏng' };
    }
    // More records than the end record counts: refused now rather than after reading them all.
    if (entries.length === totalEntries)
      return { ok: false, reason: 'số mục trong tệp nén không khớp với mục lục' };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) return { ok: false, reason: 'mục lục của tệp nén bị hỏng' };
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      return { ok: false, reason: 'tệp nén dạng ZIP64 không được hỗ trợ' };
    }
    if (nameLength > (limits.maxNameBytes ?? Number.POSITIVE_INFINITY)) {
      return {
        ok: false,
        limit: true,
        reason: `Tên một mục trong tệp nén dài ${nameLength} byte, vượt quá giới hạn ${limits.maxNameBytes} byte.`,
      };
    }
    const nameBytes = tail.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    entries.push({
      name: flags & UTF8_FLAG ? utf8(nameBytes) : latin1(nameBytes),
      compressedSize,
      uncompressedSize,
      method,
      localHeaderOffset,
    });
    at = next;
  }
  if (entries.length !== totalEntries) {
    return { ok: false, reason: 'số mục trong tệp nén không khớp với mục lục' };
  }
  return { ok: true, entries };
}

/**
 * Says, in Vietnamese, why declared entries exceed the limits (too many entries, too much once inflated, or an
 * entry that inflates far more than a real document does), or `null` when they fit.
 */
export function checkZipLimits(entries: readonly ZipEntry[], limits: ZipLimits): string | null {
  if (entries.length > limits.maxEntries) {
    return `Tệp nén có ${entries.length} mục, vượt quá giới hạn ${limits.maxEntries} mục.`;
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    // Small parts of a real workbook compress well (a 1 KB run of spaces gives ~100×); under 1 KB inflated,
    // an entry cannot be a bomb whatever its ratio.
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > 1024 && ratio > limits.maxRatio) {
      return `Mục "${entry.name}" trong tệp nén có tỉ lệ nén bất thường (${Math.round(ratio)} lần, tối đa ${limits.maxRatio} lần).`;
    }
  }
  if (total > limits.maxTotalUncompressed) {
    return `Nội dung tệp nén khi giải nén là ${megabytes(total)} MB, vượt quá giới hạn ${megabytes(limits.maxTotalUncompressed)} MB.`;
  }
  return null;
}

function lastIndexOf(view: DataView, signature: number, floor: number): number {
  for (let i = view.byteLength - EOCD_SIZE; i >= floor; i--) {
    if (view.getUint32(i, true) === signature) return i;
  }
  return -1;
}

/** Names without the UTF-8 flag are CP437 by the spec; office files use ASCII names, so latin1 is enough. */
function latin1(bytes: Uint8Array): string {
  return fromCodeUnits(Array.from(bytes));
}

/**
 * UTF-8 to text without a TextDecoder (the domain package has no DOM or Node types). Linear and cheap: a hostile
 * directory of 5 MB of names is decoded on the request thread. Malformed sequences become U+FFFD.
 */
function utf8(bytes: Uint8Array): string {
  const units: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const next = bytes[i + k] ?? 0;
      ok = (next & 0xc0) === 0x80;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are malformed too.
    const min = length === 4 ? 0x10000 : length === 3 ? 0x800 : length === 2 ? 0x80 : 0;
    ok &&= code >= min && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!ok) {
      units.push(0xfffd);
      i += 1;
      continue;
    }
    if (code >= 0x10000) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    else units.push(code);
    i += length;
  }
  return fromCodeUnits(units);
}

/** `String.fromCharCode` in slices, since one call with a huge argument list overflows the stack. */
function fromCodeUnits(units: number[]): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}
