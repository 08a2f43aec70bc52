import type { ItemResult } from './types.ts';

/** Reads a yes/no answer: `true`/`false`, or "Có"/"Không" as typed (with or without diacritics). */
export function yesNo(value: ItemResult['value']): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.normalize('NFC').trim().toLowerCase();
    if (v === 'có' || v === 'co') return true;
    if (v === 'không' || v === 'khong') return false;
  }
  return null;
}
