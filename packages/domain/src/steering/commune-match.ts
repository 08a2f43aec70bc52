import { COMMUNE_SUBTYPE_LABELS, communeSubtypeFrom } from '../org-unit.ts';
import { nfc, searchKey } from '../text.ts';

/** A commune-level unit as an import matches it: its name as stored ("Xã Bát Mọt") and its GSO code. */
export type CommuneRef = { id: string; name: string; gsoCode: string | null };

export type CommuneMatch =
  | { ok: true; commune: CommuneRef }
  | { ok: false; reason: 'unknown'; message: string }
  | { ok: false; reason: 'ambiguous'; candidates: CommuneRef[]; message: string };

/** The lower-case text with its diacritics (NFC), spaces collapsed: what "exact" means once case is ignored. */
function strictKey(value: string): string {
  return nfc(value).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The stored name and, when it starts with its type ("Xã", "Thị trấn"…), the name without it. */
function namesOf(commune: CommuneRef): string[] {
  const subtype = communeSubtypeFrom(commune.name);
  if (subtype === null) return [commune.name];
  // Starts with a space; every comparison goes through a key that trims.
  const base = strictKey(commune.name).slice(COMMUNE_SUBTYPE_LABELS[subtype].length);
  return [commune.name, base];
}

const TYPED_PREFIX = /^(xa|phuong|thi tran|dac khu) /;

/**
 * Finds the commune a person typed in a spreadsheet cell, among the communes of one area.
 *
 * - Five digits (or a number, which Excel may have stripped of leading zeros) are a GSO code, matched exactly.
 * - Otherwise a name, matched without regard to case, diacritics or spacing, with or without its type:
 *   "Xã Bát Mọt", "bát mọt", "BAT MOT" and "xa bat mot" all find Xã Bát Mọt. The typed type is never
 *   dropped: "Thị trấn Bát Mọt" does not find Xã Bát Mọt (the answer suggests it).
 * - When several communes match without diacritics, the diacritics typed decide ("Xuân Lộc" vs "Xuân Lốc");
 *   when they cannot, the match is ambiguous: a guess would schedule the wrong commune.
 */
export function matchCommune(communes: readonly CommuneRef[], typed: string | number): CommuneMatch {
  const text = typeof typed === 'number' ? String(typed) : nfc(typed).trim();
  const code = codeOf(typed, text);
  if (code !== null) {
    const found = communes.filter((c) => c.gsoCode === code);
    if (found.length === 1) return { ok: true, commune: found[0]! };
    if (found.length === 0)
      return { ok: false, reason: 'unknown', message: `Không có xã nào mã ${code} trong địa bàn.` };
    return ambiguous(`Mã ${code}`, found, 'ghi tên xã thay cho mã.');
  }
  if (/^\d+$/.test(text))
    return {
      ok: false,
      reason: 'unknown',
      message: `Mã ĐVHC của xã gồm 5 chữ số; “${text}” không phải mã xã.`,
    };

  const loose = searchKey(text);
  const candidates = communes.filter((c) => namesOf(c).some((n) => searchKey(n) === loose));
  if (candidates.length === 1) return { ok: true, commune: candidates[0]! };
  if (candidates.length === 0) return unknownName(communes, text, loose);
  const strict = strictKey(text);
  const exact = candidates.filter((c) => namesOf(c).some((n) => strictKey(n) === strict));
  if (exact.length === 1) return { ok: true, commune: exact[0]! };
  return ambiguous(`“${text}”`, candidates, 'ghi đúng tên có dấu hoặc mã ĐVHC.');
}

/** The GSO code a cell holds, or null when it holds a name. */
function codeOf(typed: string | number, text: string): string | null {
  if (typeof typed === 'number') {
    return Number.isInteger(typed) && typed >= 1 && typed <= 99_999 ? text.padStart(5, '0') : null;
  }
  return /^\d{5}$/.test(text) ? text : null;
}

function unknownName(communes: readonly CommuneRef[], text: string, loose: string): CommuneMatch {
  const bare = loose.replace(TYPED_PREFIX, '');
  const near = communes.filter((c) => searchKey(namesOf(c).at(-1)!) === bare).map((c) => `“${c.name}”`);
  const hint = near.length > 0 ? ` Có phải ${near.join(' hoặc ')}?` : '';
  return {
    ok: false,
    reason: 'unknown',
    message: `Không tìm thấy “${text}” trong các xã của địa bàn.${hint}`,
  };
}

function ambiguous(what: string, candidates: CommuneRef[], fix: string): CommuneMatch {
  const names = candidates.map((c) => (c.gsoCode ? `${c.name} (${c.gsoCode})` : c.name)).join(', ');
  return {
    ok: false,
    reason: 'ambiguous',
    candidates,
    message: `${what} khớp với nhiều xã: ${names}. Vui lòng ${fix}`,
  };
}
