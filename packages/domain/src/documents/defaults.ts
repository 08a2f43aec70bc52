import type { DocumentOptions } from '../contracts/documents.ts';
import { committeeOf, lowerFirst } from './source.ts';

const UNIT_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s+/i;

/**
 * The form's starting values for a commune's first report: its people's committee issues it (Nghị định 30:
 * no parent body line for an Ủy ban nhân dân), signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", sent to the unit above.
 * After the first report the values the commune used are remembered instead.
 */
export function defaultDocumentOptions(
  commune: { name: string },
  parent: { name: string } | null,
): DocumentOptions {
  return {
    letterhead: {
      parentBody: null,
      issuingBody: `ỦY BAN NHÂN DÂN ${commune.name.toLocaleUpperCase('vi')}`,
      number: '',
      symbol: 'BC-UBND',
      place: commune.name.replace(UNIT_PREFIX, ''),
      date: null,
      signature: { mode: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
      recipients: [...(parent ? [`UBND ${lowerFirst(parent.name)} (b/c)`] : []), 'Lưu: VT'],
    },
    addressee: parent ? committeeOf(parent.name) : null,
    closingNotes: [
      '- Tiếp tục tuyên truyền, nâng cao nhận thức, kỹ năng số cho cán bộ, công chức, người dân và doanh nghiệp.',
      '- Tập trung hoàn thành các chỉ tiêu chưa đạt theo thời gian đã đăng ký.',
    ],
  };
}
