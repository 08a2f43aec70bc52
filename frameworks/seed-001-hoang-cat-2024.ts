/** Test fixture transcribed from seed 001 (shared by the domain and server tests). */
/**
 * Seed 001, Phụ lục 1 (UBND xã Hoằng Cát, 2024): code → ["Chỉ tiêu cụ thể", "Mức độ hoàn thành"], as printed.
 * Numbers are percentages; "Có", levels and "Chưa" are text.
 */
export const SEED_001: Record<string, [string | number, string | number]> = {
  '1.1': ['Có', 100],
  '1.2': [100, 100],
  '1.3': [100, 100],
  '1.4': [100, 100],
  '1.5': [100, 100],
  '1.6': [75, 92.1],
  '1.7': ['Có', 100],
  '1.8': ['Sử dụng hiệu quả', 100],
  '1.9': ['Cung cấp đầy đủ thông tin theo quy định', 100],
  '1.10': [100, 100],
  '1.11': [100, 100],
  '2.1': [100, 80],
  '2.2': [100, 100],
  '2.3': [100, 100],
  '2.4': [70, 50],
  '2.5': [70, 50],
  '2.6': [60, 40],
  '3.1': [70, 50],
  '3.2': [80, 50],
  '3.3': [65, 40],
  '3.4': [70, 60],
  '3.5': [100, 99.7],
  '3.6': [20, 10],
  '3.7': [100, 100],
  '3.8': [100, 100],
  '3.9': [100, 80],
  '3.10': [40, 1],
  '3.11': [30, 32],
  '3.12': [70, 50],
  '4.1': [100, 100],
  '4.2': ['Đáp ứng', 100],
  '4.3': [100, 100],
  '4.4': ['Có', 100],
  '4.5': ['Có', 100],
  '4.6': ['Có', 100],
  '4.7': ['Có', 'Chưa'],
  '4.8': ['Có', 100],
};

/**
 * What a commune enters to get a printed result of seed 001: a printed p% as p×10 of 1.000 (the product
 * stores figures, never a bare percentage; this gives the same percentage to one decimal), yes/no and levels
 * done when printed 100%.
 */
export function seed001Input(measure: { kind: string; levels?: string[] }, printed: string | number) {
  if (measure.kind === 'ratio') return { numerator: Math.round((printed as number) * 10), denominator: 1000 };
  if (measure.kind === 'yes_no') return { value: printed === 100 };
  if (measure.kind === 'level')
    return { value: printed === 100 ? measure.levels!.at(-1)! : measure.levels![0]! };
  return { value: printed };
}
