import { validateFramework } from '@xaso/domain/framework/validate';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import { AppError } from '../../../http/app-error.ts';
import { IMPORT_LIMITS } from './import-limits.ts';
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
  checkTokenCount(text);
  const lineCounter = new LineCounter();
  // The library's own unique-key check compares each key with every earlier one (40,000 keys froze the server
  // for 17 s): keys are checked below with one set per map instead.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
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
  const duplicates = duplicateKeys(doc).map((dup): FrameworkFileError => {
    const line = lineAt(dup.offset);
    return {
      location: `${fileName}, dòng ${line}`,
      line,
      field: dup.key,
      message: `${YAML_ERRORS.DUPLICATE_KEY}: khóa "${dup.key}" đã có ở dòng ${lineAt(dup.firstOffset)}`,
    };
  });
  if (duplicates.length > 0) return { ok: false, errors: duplicates };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: IMPORT_LIMITS.yamlAliasExpansion });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith('Excessive alias count')) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        'Tệp YAML dùng tham chiếu (anchor "&" và alias "*") lồng nhau tạo ra nội dung quá lớn nên không được nhận. Hãy viết đầy đủ từng mục thay cho tham chiếu.',
      );
    }
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

type DuplicateKey = { key: string; offset: number; firstOffset: number };

/**
 * Refuses text with more tokens than any framework needs, before building a node for any of them: lexing is
 * ~10× cheaper than parsing, so 40,000 keys are refused in tens of milliseconds instead of parsed for a second.
 */
function checkTokenCount(text: string): void {
  let tokens = 0;
  for (const _ of new Lexer().lex(text)) {
    if (++tokens > IMPORT_LIMITS.yamlTokens) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Tệp YAML có quá nhiều mục: hơn ${IMPORT_LIMITS.yamlTokens.toLocaleString('vi-VN')} thành phần (khóa, giá trị, dấu), trong khi một bộ tiêu chí thật chỉ có khoảng 6.500. Hãy kiểm tra lại tệp.`,
      );
    }
  }
}

/**
 * Every key repeated within one map, in one pass with a set per map (linear in the document). `2024` and
 * `"2024"` count as the same key, since both become the same field once read. Also enforces the alias cap.
 */
function duplicateKeys(doc: Document): DuplicateKey[] {
  let aliases = 0;
  const found: DuplicateKey[] = [];
  visit(doc, (_key, node) => {
    if (isAlias(node) && ++aliases > IMPORT_LIMITS.yamlAliases) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Tệp YAML dùng quá nhiều tham chiếu (alias "*", tối đa ${IMPORT_LIMITS.yamlAliases}). Hãy viết đầy đủ từng mục thay cho tham chiếu.`,
      );
    }
    if (!isMap(node)) return;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      // A collection used as a key (`? [a, b]`) never matches a framework field; it is left to validation.
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const offset = pair.key.range?.[0] ?? 0;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, offset);
      else found.push({ key, offset, firstOffset: first });
    }
  });
  return found;
}
