import { AppError } from '../../../http/app-error.ts';
import { IMPORT_LIMITS } from './import-limits.ts';
import { parseFrameworkExcel } from './parse-excel.ts';
import { parseFrameworkYaml } from './parse-yaml.ts';
import type { FrameworkParseResult } from './result.ts';
import { checkWorkbookDirectory, checkWorkbookInflation } from './workbook-zip.ts';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded framework file, deciding the format from its content (an .xlsx is a zip archive), not from
 * its name. Anything that is neither a workbook nor UTF-8 text is refused; a workbook whose zip declares or
 * holds too much is refused (an `AppError`) before the Excel reader opens it. Heavy: run it in the parse worker
 * (`parseFrameworkUpload`), not on the event loop.
 */
export async function parseFrameworkFile(bytes: Buffer, fileName: string): Promise<FrameworkParseResult> {
  if (isWorkbook(bytes)) {
    checkWorkbookInflation(bytes, checkWorkbookDirectory(bytes));
    return parseFrameworkExcel(bytes, fileName);
  }
  checkYamlSize(bytes);
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    return {
      ok: false,
      errors: [
        {
          location: fileName,
          field: '',
          message:
            'Tệp không phải YAML (văn bản UTF-8) hay Excel (.xlsx). Hãy dùng mẫu Excel tải từ hệ thống hoặc tệp YAML.',
        },
      ],
    };
  }
  return parseFrameworkYaml(text, fileName);
}

/** An .xlsx is a zip archive: it starts with a local file header. */
export function isWorkbook(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC);
}

/** A YAML framework is text of a few tens of KB; far more is refused before it is parsed. */
export function checkYamlSize(bytes: Buffer): void {
  if (bytes.length <= IMPORT_LIMITS.yamlBytes) return;
  const kb = (n: number) => Math.ceil(n / 1024).toLocaleString('vi-VN');
  throw new AppError(
    'PAYLOAD_TOO_LARGE',
    `Tệp YAML quá lớn (${kb(bytes.length)} KB, tối đa ${kb(IMPORT_LIMITS.yamlBytes)} KB; một bộ tiêu chí thật khoảng 40 KB). Hãy kiểm tra lại tệp.`,
  );
}
