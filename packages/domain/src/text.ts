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
