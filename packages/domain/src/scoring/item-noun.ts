/** The two kinds of item a framework holds: a criterion of a criteria set, an indicator of an index. */
export type ItemKind = 'criterion' | 'indicator';

/** The noun officials use for an item of each kind, lower case: "tiêu chí 1.6", "chỉ số 7.1". */
export const ITEM_NOUNS: Record<ItemKind, string> = { criterion: 'tiêu chí', indicator: 'chỉ số' };

/**
 * An item named in a message with the noun of its kind: "Tiêu chí 1.6", "Chỉ số 7.1" (`capital` for the start
 * of a sentence). Every message that names an item goes through here, so an indicator is never called a
 * criterion (issue 10: 7.1 was refused as "Tiêu chí này").
 */
export function itemName(kind: ItemKind, code: string, capital = true): string {
  const noun = ITEM_NOUNS[kind];
  return `${capital ? noun.charAt(0).toLocaleUpperCase('vi') + noun.slice(1) : noun} ${code}`;
}
