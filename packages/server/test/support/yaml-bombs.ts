/** A YAML map with `count` distinct top-level keys (40,000 keys: ~525 KB, ~120,000 nodes). */
export function yamlManyKeys(count: number): string {
  return Array.from({ length: count }, (_, i) => `khoa_${i}: ${i}`).join('\n');
}

/** "Billion laughs": nine levels of ten aliases each, a billion strings once expanded, under 1 KB written. */
export function yamlBillionLaughs(): string {
  const lines = ['a0: &a0 ["ha","ha","ha","ha","ha","ha","ha","ha","ha","ha"]'];
  for (let level = 1; level <= 9; level++) {
    lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}
