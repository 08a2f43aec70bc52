import { parseFrameworkExcel } from './parse-excel.ts';
import { parseFrameworkYaml } from './parse-yaml.ts';
import type { FrameworkParseResult } from './result.ts';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded framework file, deciding the format from its content (an .xlsx is a zip archive), not from
 * its name. Anything that is neither a workbook nor UTF-8 text is refused.
 */
export async function parseFrameworkFile(bytes: Buffer, fileName: string): Promise<FrameworkParseResult> {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return parseFrameworkExcel(bytes, fileName);
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
