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

function latin1(head: Uint8Array): string {
  let s = '';
  for (const b of head) s += String.fromCharCode(b);
  return s;
}

/**
 * Detects the type from the first bytes of a file (64 KB are enough). Office Open XML files are zip archives:
 * their entry names tell a Word document (`word/`) from a workbook (`xl/`); any other zip is refused. Old binary
 * Office files share one signature, so there the name's extension decides between Word and Excel.
 */
export function detectEvidenceType(head: Uint8Array, fileName: string): EvidenceFileType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const text = latin1(head);
    if (!text.includes('[Content_Types].xml')) return null;
    if (text.includes('word/')) return DOCX;
    if (text.includes('xl/')) return XLSX;
    return null;
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (/\.doc$/i.test(fileName)) return DOC;
    if (/\.xls$/i.test(fileName)) return XLS;
  }
  return null;
}

export const ACCEPTED_EVIDENCE_LABEL = 'PDF, Word, Excel, JPEG, PNG';
