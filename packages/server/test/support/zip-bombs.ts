import { constants, deflateRawSync } from 'node:zlib';

export type RawZipEntry = { name: string; method: 0 | 8; data: Buffer; uncompressedSize: number };

/**
 * Writes a zip archive from already-compressed entries, so a test can declare any size it likes in the
 * directory (honest or not). CRCs are 0: the guards refuse before anything would check them.
 */
export function zipOf(entries: readonly RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(1 << 11, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(1 << 11, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MiB = 1024 * 1024;

/**
 * A raw deflate stream of `mebibytes` MiB of zeros, about 1 KB per MiB, without ever holding the zeros: one
 * MiB is compressed with a full flush (byte-aligned, no back-reference across it), repeated, then closed with an
 * empty final block.
 */
export function deflatedZeros(mebibytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => chunk), deflateRawSync(Buffer.alloc(0))]);
}

/** The parts every workbook has, so the bomb looks like an .xlsx to anything that sniffs its first entries. */
function workbookParts(): RawZipEntry[] {
  const types = Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  return [{ name: '[Content_Types].xml', method: 0, data: types, uncompressedSize: types.length }];
}

/** ~1 MB .xlsx whose sheet inflates to 1 GiB, declared honestly in the directory. */
export function xlsxBomb(): Buffer {
  const sheet = deflatedZeros(1024);
  return zipOf([
    ...workbookParts(),
    { name: 'xl/worksheets/sheet1.xml', method: 8, data: sheet, uncompressedSize: 1024 * MiB },
  ]);
}

/**
 * The same bomb with a directory that lies: the sheet is declared as large as its compressed data (ratio 1, a
 * few MB in all), so only inflating it with a cap finds the gigabyte.
 */
export function lyingXlsxBomb(): Buffer {
  const sheet = deflatedZeros(1024);
  return zipOf([
    ...workbookParts(),
    { name: 'xl/worksheets/sheet1.xml', method: 8, data: sheet, uncompressedSize: sheet.length },
  ]);
}

/**
 * One entry's data listed `count` times in the directory, every record pointing at the same local header (the
 * "overlapping files" construction): each record declares `uncompressedSize`, yet all share one stream.
 */
export function overlappingZip(data: Buffer, count: number, uncompressedSize: number): Buffer {
  const single = zipOf([{ name: 'xl/worksheets/sheet1.xml', method: 8, data, uncompressedSize }]);
  const local = single.subarray(0, 30 + 'xl/worksheets/sheet1.xml'.length + data.length);
  const record = single.subarray(local.length, single.length - 22);
  const directory = Buffer.concat(Array.from({ length: count }, () => record));
  const end = Buffer.from(single.subarray(single.length - 22));
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  return Buffer.concat([local, directory, end]);
}
