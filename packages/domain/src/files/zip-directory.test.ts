import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkZipLimits, readZipDirectory, readZipEntries, type ZipEntry } from './zip-directory.ts';

type Part = { name: string; utf8: boolean; method: number; data: Uint8Array; uncompressedSize: number };

/**
 * Writes a zip archive byte by byte (local headers, central directory, end record) so the reader is checked
 * against the format itself, not against another library's reading of it. CRCs are left at 0: the reader
 * never inflates, so it never checks them.
 */
function buildZip(parts: readonly Part[], options: { comment?: Uint8Array } = {}): Uint8Array {
  const comment = options.comment ?? new Uint8Array();
  const chunks: number[] = [];
  const central: number[] = [];
  const u16 = (out: number[], v: number) => out.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (out: number[], v: number) =>
    out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  for (const part of parts) {
    const name = part.utf8 ? utf8Bytes(part.name) : [...part.name].map((c) => c.charCodeAt(0));
    const flags = part.utf8 ? 1 << 11 : 0;
    const offset = chunks.length;
    u32(chunks, 0x04034b50);
    u16(chunks, 20);
    u16(chunks, flags);
    u16(chunks, part.method);
    u32(chunks, 0); // time, date
    u32(chunks, 0); // crc
    u32(chunks, part.data.length);
    u32(chunks, part.uncompressedSize);
    u16(chunks, name.length);
    u16(chunks, 0);
    chunks.push(...name, ...part.data);

    u32(central, 0x02014b50);
    u16(central, 20);
    u16(central, 20);
    u16(central, flags);
    u16(central, part.method);
    u32(central, 0);
    u32(central, 0);
    u32(central, part.data.length);
    u32(central, part.uncompressedSize);
    u16(central, name.length);
    u16(central, 0); // extra
    u16(central, 0); // comment
    u16(central, 0); // disk
    u16(central, 0); // internal attributes
    u32(central, 0); // external attributes
    u32(central, offset);
    central.push(...name);
  }
  const cdOffset = chunks.length;
  const end: number[] = [];
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, parts.length);
  u16(end, parts.length);
  u32(end, central.length);
  u32(end, cdOffset);
  u16(end, comment.length);
  return Uint8Array.from([...chunks, ...central, ...end, ...comment]);
}

const stored = (name: string, size: number): Part => ({
  name,
  utf8: false,
  method: 0,
  data: new Uint8Array(size),
  uncompressedSize: size,
});

const partArb = fc.record({
  name: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.stringMatching(/^[a-z/._]{1,40}$/)),
  method: fc.constantFrom(0, 8),
  data: fc.uint8Array({ maxLength: 64 }),
  uncompressedSize: fc.integer({ min: 0, max: 0xfffffffe }),
});
const zipArb = fc.array(partArb, { maxLength: 12 }).map((parts) => parts.map((p) => ({ ...p, utf8: true })));

const entriesOf = (parts: readonly Part[]): ZipEntry[] =>
  parts.map((p) => ({
    name: p.name,
    compressedSize: p.data.length,
    uncompressedSize: p.uncompressedSize,
    method: p.method,
  }));

describe('readZipDirectory', () => {
  it('reads back every entry of a zip it is given whole, exactly', () => {
    fc.assert(
      fc.property(zipArb, fc.uint8Array({ maxLength: 300 }), (parts, comment) => {
        // A comment holding the end signature would be a second end record: covered by its own case below.
        fc.pre(!hasEndSignature(comment));
        const zip = buildZip(parts, { comment });
        expect(readZipDirectory(zip)).toEqual({ ok: true, entries: entriesOf(parts) });
      }),
    );
  });

  it("gives where each entry's local header starts", () => {
    fc.assert(
      fc.property(zipArb, (parts) => {
        const zip = buildZip(parts);
        const result = readZipEntries(zip);
        if (!result.ok) throw new Error(result.reason);
        for (const entry of result.entries) {
          expect(new DataView(zip.buffer).getUint32(entry.localHeaderOffset, true)).toBe(0x04034b50);
        }
      }),
    );
  });

  it('reads the directory from the last bytes of a file alone, and refuses when the directory is not in them', () => {
    fc.assert(
      fc.property(zipArb, fc.nat(), (parts, cut) => {
        const zip = buildZip(parts);
        const start = cut % (zip.length + 1);
        const result = readZipDirectory(zip.subarray(start), zip.length);
        const cdOffset = new DataView(zip.buffer).getUint32(zip.length - 6, true);
        if (start <= cdOffset) expect(result).toEqual({ ok: true, entries: entriesOf(parts) });
        else expect(result.ok).toBe(false);
      }),
    );
  });

  it('refuses a file cut short anywhere, and never throws', () => {
    fc.assert(
      fc.property(
        zipArb.filter((p) => p.length > 0),
        fc.nat(),
        (parts, cut) => {
          const zip = buildZip(parts);
          const length = cut % zip.length;
          expect(readZipDirectory(zip.subarray(0, length)).ok).toBe(false);
        },
      ),
    );
  });

  it('never throws on arbitrary bytes or a corrupted zip', () => {
    fc.assert(
      fc.property(
        zipArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (parts, flips) => {
          const zip = buildZip(parts);
          for (const [at, byte] of flips) zip[at % zip.length] = byte;
          const result = readZipDirectory(zip);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void readZipDirectory(bytes)));
  });

  it('decodes a UTF-8 name when the flag says so, and a byte-per-character name otherwise', () => {
    const zip = buildZip([
      { ...stored('Tiêu chí.xml', 4), utf8: true },
      { ...stored('caf\u00e9.xml', 4), utf8: false },
    ]);
    const result = readZipDirectory(zip);
    expect(result.ok && result.entries.map((e) => e.name)).toEqual(['Tiêu chí.xml', 'café.xml']);
  });

  it('decodes any UTF-8 name exactly, including astral characters, and malformed bytes as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), (name) => {
        const result = readZipDirectory(buildZip([{ ...stored(name, 1), utf8: true }]));
        expect(result.ok && result.entries[0]?.name).toBe(name);
      }),
    );
    const zip = buildZip([{ ...stored('ab', 1), utf8: true }]);
    const cd = zip.length - 22 - 48; // the one directory record: 46 bytes and the 2-byte name
    zip.set([0xc0, 0xff], cd + 46);
    const result = readZipDirectory(zip);
    expect(result.ok && result.entries[0]?.name).toBe('\ufffd\ufffd');
  });

  it('refuses ZIP64 markers, a multi-disk archive, a miscounted directory and bytes after the end record', () => {
    const zip = buildZip([stored('a.xml', 10), stored('b.xml', 10)]);
    const eocd = zip.length - 22;
    const patched = (at: number, bytes: number[]) => {
      const copy = zip.slice();
      copy.set(bytes, at);
      return copy;
    };
    expect(readZipDirectory(patched(eocd + 10, [0xff, 0xff])).ok).toBe(false); // ZIP64 entry count
    expect(readZipDirectory(patched(eocd + 16, [0xff, 0xff, 0xff, 0xff])).ok).toBe(false); // ZIP64 offset
    expect(readZipDirectory(patched(eocd + 4, [1, 0])).ok).toBe(false); // disk 1
    expect(readZipDirectory(patched(eocd + 8, [3, 0])).ok).toBe(false); // entries on disk ≠ total
    expect(readZipDirectory(patched(eocd + 8, [3, 0, 3, 0])).ok).toBe(false); // more entries than listed
    expect(readZipDirectory(patched(eocd + 8, [1, 0, 1, 0])).ok).toBe(false); // fewer
    expect(readZipDirectory(Uint8Array.from([...zip, 0])).ok).toBe(false);
    const cdOffset = new DataView(zip.buffer).getUint32(eocd + 16, true);
    expect(readZipDirectory(patched(cdOffset + 24, [0xff, 0xff, 0xff, 0xff])).ok).toBe(false); // ZIP64 size
  });

  it('refuses a second end record hidden in the comment that does not end the file', () => {
    const fake = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(30).fill(0)]);
    expect(readZipDirectory(buildZip([stored('a.xml', 1)], { comment: fake })).ok).toBe(false);
  });

  it('refuses, as over a limit, more entries than allowed before reading them, and a name longer than allowed', () => {
    const zip = buildZip([stored('a.xml', 1), stored('b.xml', 1), stored('ten-dai.xml', 1)]);
    expect(readZipDirectory(zip, zip.length, { maxEntries: 2 })).toEqual({
      ok: false,
      limit: true,
      reason: 'Tệp nén có 3 mục, vượt quá giới hạn 2 mục.',
    });
    expect(readZipDirectory(zip, zip.length, { maxEntries: 3, maxNameBytes: 10 })).toMatchObject({
      ok: false,
      limit: true,
      reason: expect.stringContaining('dài 11 byte'),
    });
    expect(readZipDirectory(zip, zip.length, { maxEntries: 3, maxNameBytes: 11 }).ok).toBe(true);
  });

  it('says why a file that is not a zip is refused', () => {
    const result = readZipDirectory(new Uint8Array(100));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('không tìm thấy mục lục') });
  });
});

describe('checkZipLimits', () => {
  const limits = { maxEntries: 3, maxTotalUncompressed: 1000_000, maxRatio: 100 };
  const entry = (uncompressedSize: number, compressedSize = uncompressedSize): ZipEntry => ({
    name: 'xl/worksheets/sheet1.xml',
    compressedSize,
    uncompressedSize,
    method: 8,
  });

  it('accepts entries within every limit, at each limit exactly', () => {
    expect(checkZipLimits([entry(500_000, 5_000), entry(500_000, 500_000)], limits)).toBeNull();
    expect(checkZipLimits([entry(1), entry(1), entry(1)], limits)).toBeNull();
  });

  it('refuses one entry too many', () => {
    expect(checkZipLimits([entry(1), entry(1), entry(1), entry(1)], limits)).toMatch(
      /4 mục, vượt quá giới hạn 3/,
    );
  });

  it('refuses a total one byte over the limit', () => {
    expect(checkZipLimits([entry(500_000), entry(500_001)], limits)).toMatch(/vượt quá giới hạn/);
  });

  it('refuses an entry that inflates beyond the ratio, but not a tiny one', () => {
    expect(checkZipLimits([entry(200_000, 1_999)], limits)).toMatch(/tỉ lệ nén bất thường/);
    expect(checkZipLimits([entry(1024, 1)], limits)).toBeNull();
  });
});

function hasEndSignature(bytes: Uint8Array): boolean {
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06)
      return true;
  }
  return false;
}

/** UTF-8 bytes of a string (the domain package has no TextEncoder type). */
function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const piece of encodeURIComponent(text).match(/%[0-9A-F]{2}|./gs) ?? []) {
    bytes.push(piece.startsWith('%') ? Number.parseInt(piece.slice(1), 16) : piece.charCodeAt(0));
  }
  return bytes;
}
