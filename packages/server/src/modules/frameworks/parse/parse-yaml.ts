import { validateFramework } from '@xaso/domain/framework/validate';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { FrameworkFileError, FrameworkParseResult } from './result.ts';

/** The YAML library's error codes that officials are most likely to hit, in Vietnamese. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'Khóa bị trùng trong cùng một khối',
  BAD_INDENT: 'Thụt lề không đúng',
  TAB_AS_INDENT: 'Không dùng phím Tab để thụt lề, hãy dùng dấu cách',
  MULTILINE_IMPLICIT_KEY: 'Khóa không được xuống dòng (có thể thiếu dấu ":" hoặc thụt lề sai)',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)',
  UNEXPECTED_TOKEN: 'Ký tự không mong đợi',
  BLOCK_AS_IMPLICIT_KEY: 'Khối không được dùng làm khóa',
  MULTIPLE_DOCS: 'Tệp chỉ được chứa một tài liệu YAML (bỏ dòng "---" thừa)',
};

/**
 * Parses a framework file written in YAML and validates it with the domain schema. Errors name the file, the
 * line and the field; a file with any error yields no framework.
 */
export function parseFrameworkYaml(text: string, fileName: string): FrameworkParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const line = e.linePos?.[0].line ?? lineAt(e.pos[0]);
        const detail = YAML_ERRORS[e.code] ?? 'Lỗi cú pháp YAML';
        return {
          location: `${fileName}, dòng ${line}`,
          line,
          field: '',
          message: `${detail} (${e.message.split('\n')[0]})`,
        };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ location: fileName, field: '', message: `Không đọc được nội dung YAML: ${message}` }],
    };
  }
  const validation = validateFramework(data);
  if (validation.ok) return validation;
  return {
    ok: false,
    errors: validation.issues.map((issue): FrameworkFileError => {
      const node = nodeAt(doc.contents, issue.path);
      const line = node?.range ? lineAt(node.range[0]) : 1;
      return { location: `${fileName}, dòng ${line}`, line, field: issue.field, message: issue.message };
    }),
  };
}

/** The deepest node on `path` (a missing field points at its parent), matching `2024` and `'2024'` alike. */
function nodeAt(root: unknown, path: readonly (string | number)[]): Node | null {
  let node = root as Node | null;
  for (const segment of path) {
    let next: unknown = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
      next = pair ? (pair.value ?? pair.key) : null;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] ?? null;
    }
    if (!next || typeof next !== 'object' || !('range' in next)) break;
    node = next as Node;
  }
  return node;
}
