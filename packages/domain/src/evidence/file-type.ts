import { readZipDirectory } from '../files/zip-directory.ts';

/** File types accepted as evidence, decided from the content (magic bytes), never from the name alone. */
export type EvidenceFileType = { mediaType: string; label: string; previewable: boolean };

const PDF: EvidenceFileType = { mediaType: 'application/pdf', label: 'PDF', previewable: true };
const PNG: EvidenceFileType = { mediaType: 'image/png', label: 'PNG', previewable: true };
const JPEG: EvidenceFileType = { mediaType: 'image/jpeg', label: 'JPEG', previewable: true };
const DOCX: EvidenceFileType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'Word',
  previewable: false,
};
const XLSX: EvidenceFileType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'Excel',
  previewable: false,
};
const DOC: EvidenceFileType = { mediaType: 'application/msword', label: 'Word 97–2003', previewable: false };
const XLS: EvidenceFileType = {
  mediaType: 'application/vnd.ms-excel',
  label: 'Excel 97–2003',
  previewable: false,
};

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** A file as measured while it streamed in: its first bytes, its last bytes and its size. */
export type SniffedFile = { head: Uint8Array; tail: Uint8Array; size: number; fileName: string };

/**
 * Detects the type from the content: the first bytes for PDF and images; for Office Open XML, which is a zip
 * archive, the archive's directory of entries (at its end, hence `tail`, the last bytes — 256 KB hold any
 * Office file's directory) must list `[Content_Types].xml` and the main part: `word/document.xml` for Word,
 * `xl/workbook.xml` for Excel. Names merely appearing in the bytes prove nothing; any other zip is refused.
 * Old binary Office files share one signature, so there the name's extension decides between Word and Excel.
 */
export function detectEvidenceType(file: SniffedFile): EvidenceFileType | null {
  const { head } = file;
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return officeOpenXml(file);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (/\.doc$/i.test(file.fileName)) return DOC;
    if (/\.xls$/i.test(file.fileName)) return XLS;
  }
  return null;
}

function officeOpenXml(file: SniffedFile): EvidenceFileType | null {
  const directory = readZipDirectory(file.tail, file.size);
  if (!directory.ok) return null;
  const names = new Set(directory.entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml')) return null;
  const hasWord = names.has('word/document.xml');
  const hasExcel = names.has('xl/workbook.xml');
  // Both main parts in one archive: no real Office file is both, so it is neither.
  if (hasWord === hasExcel) return null;
  return hasWord ? DOCX : XLSX;
}

export const ACCEPTED_EVIDENCE_LABEL = 'PDF, Word, Excel, JPEG, PNG';
