/** Unicode NFC form: Vietnamese text typed on different keyboards must compare equal. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * The text without Vietnamese diacritics ("Biên bản" → "Bien ban"). "đ" is a letter of its own in Unicode
 * (not d + mark), so it is mapped by hand.
 */
export function stripDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Key for diacritic-insensitive search: "Thường Xuân", "thuong xuan" and "THUONG XUAN" give the same key. */
export function searchKey(value: string): string {
  return stripDiacritics(value).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An ISO day ("2026-02-15") as Vietnamese documents write it ("15/02/2026"). */
export function formatDayVi(isoDay: string): string {
  return `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}/${isoDay.slice(0, 4)}`;
}

/**
 * Where the first control character of a text is (C0 and DEL), or -1. Tab, line feed and carriage return
 * count only when `lineBreaksAllowed` is false. PostgreSQL refuses NUL in text outright; the others cannot be
 * typed and only arrive by a broken paste or on purpose.
 */
export function controlCharacterAt(value: string, lineBreaksAllowed: boolean): number {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0x20 && unit !== 0x7f) continue;
    if (lineBreaksAllowed && (unit === 0x09 || unit === 0x0a || unit === 0x0d)) continue;
    return i;
  }
  return -1;
}

/**
 * True when a UTF-16 surrogate stands alone (a half of a character): such text cannot be encoded as UTF-8,
 * so the database refuses it, and no keyboard produces it.
 */
export function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = value.charCodeAt(i + 1);
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    return true;
  }
  return false;
}
