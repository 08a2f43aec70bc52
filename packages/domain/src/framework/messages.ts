import { z } from 'zod';

/**
 * Vietnamese messages for shape errors. Zod's own `vi` locale says things like "mong đợi number"; officials
 * fixing a file need "phải là số". Anything not handled here falls back to that locale.
 */
const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'đối tượng (các cặp khóa: giá trị)',
  null: 'null',
};

const fallback = z.locales.vi().localeError;

function bound(value: unknown): string {
  return typeof value === 'bigint' ? value.toString() : String(value);
}

export const frameworkErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'Thiếu trường bắt buộc';
  switch (issue.code) {
    case 'invalid_type':
      return `Phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'Không được để trống';
      if (issue.origin === 'array') return `Phải có ít nhất ${bound(issue.minimum)} phần tử`;
      return `Phải ${issue.inclusive ? '≥' : '>'} ${bound(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `Chỉ được có tối đa ${bound(issue.maximum)} phần tử`;
      return `Phải ${issue.inclusive ? '≤' : '<'} ${bound(issue.maximum)}`;
    case 'invalid_value':
      return `Giá trị không hợp lệ; chọn một trong: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')} (kiểm tra lỗi chính tả)`;
    case 'invalid_union':
      if ('discriminator' in issue && Array.isArray(issue.options)) {
        return `Loại (kind) không hợp lệ; chọn một trong: ${issue.options.map(String).join(', ')}`;
      }
      return 'Giá trị không hợp lệ';
    case 'invalid_key':
      return 'Khóa không hợp lệ (năm phải có 4 chữ số, ví dụ "2024")';
    case 'invalid_format':
      return 'Sai định dạng';
    default:
      return fallback(issue);
  }
};
