/**
 * InputNumber formatter and parser with Vietnamese separators: "4.445" for four thousand, "36,8" for a decimal.
 * The parser accepts the comma or the dot typed as a decimal mark only when it cannot be a thousands group.
 */
export function formatViNumber(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  const [int = '', frac] = String(value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac !== undefined ? `${grouped},${frac}` : grouped;
}

export function parseViNumber(text: string | undefined): string {
  if (!text) return '';
  const cleaned = text.replace(/\s/g, '');
  if (cleaned.includes(',')) return cleaned.replace(/\./g, '').replace(',', '.');
  // "4.445" is four thousand four hundred forty-five; "36.8" (one or two decimals) is a decimal typed the English way.
  if (/^\d+\.\d{1,2}$/.test(cleaned)) return cleaned;
  return cleaned.replace(/\./g, '');
}
