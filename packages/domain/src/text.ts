/** Unicode NFC form: Vietnamese text typed on different keyboards must compare equal. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Key for diacritic-insensitive search: "Thường Xuân", "thuong xuan" and "THUONG XUAN" give the same key.
 * "đ" is a letter of its own in Unicode (not d + mark), so it is mapped by hand.
 */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
