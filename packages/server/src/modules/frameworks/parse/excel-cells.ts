import type ExcelJS from 'exceljs';

/** The text of a cell, whatever Excel stored: number, date, rich text, formula result or hyperlink. */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .normalize('NFC')
        .trim();
    if ('result' in value) return String(value.result ?? '').trim();
    if ('text' in value) return String(value.text).normalize('NFC').trim();
  }
  return cell.text.normalize('NFC').trim();
}

/**
 * A number typed the Vietnamese or the English way: "9,5", "9.5", "1.000" (thousands). Null when it is not a
 * number at all.
 */
export function parseNumberText(text: string): number | null {
  const t = text.replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}
