import { formatNumberVi } from '@xaso/domain/scoring/format';

/** What the library accepts; the server checks the content itself, this only filters the file picker. */
export const ACCEPTED_FILES = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.jpg',
  '.jpeg',
  '.png',
  'application/pdf',
  'image/jpeg',
  'image/png',
].join(',');

/** Shown until the server has said its own limit (GET /api/evidence/upload-limits). */
export const MAX_UPLOAD_MB = 50;

export function fileUrl(id: string, download = false): string {
  return `/api/evidence/${encodeURIComponent(id)}/file${download ? '?download=1' : ''}`;
}

export function previewKind(mediaType: string): 'pdf' | 'image' | null {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'image/jpeg' || mediaType === 'image/png') return 'image';
  return null;
}

/** "12,3 KB", "4,5 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumberVi(bytes / 1024, 1, true)} KB`;
  return `${formatNumberVi(bytes / (1024 * 1024), 1, true)} MB`;
}
