import type { Cell, Column, ReportDocument, Row, Table } from '@xaso/domain/documents/model';

/**
 * A hand-made commune report shaped like seed 001 (Hoằng Cát's report of 2024, appendix 1), for the Bát Mọt
 * letterhead. Renderer tests read it back, so every text here is what the files must contain.
 */

export const APPENDIX_COLUMNS: Column[] = [
  { key: 'tt', header: 'TT', width: 6, align: 'center' },
  { key: 'name', header: 'Tên chỉ tiêu', width: 31, align: 'left' },
  { key: 'unit', header: 'Đơn vị tính', width: 9, align: 'center' },
  { key: 'target', header: 'Chỉ tiêu cụ thể', width: 11, align: 'center' },
  { key: 'level', header: 'Mức độ hoàn thành', width: 11, align: 'center', numberFormat: '0.0"%"' },
  { key: 'time', header: 'Thời gian hoàn thành', width: 16, align: 'center' },
  { key: 'note', header: 'Ghi chú', width: 10, align: 'left' },
];

type ItemLine = [tt: string, name: string, unit: string, target: string, level: string, time: string];

const ONGOING = 'Nhiệm vụ thường xuyên - Đã và đang thực hiện';

const ITEMS: Array<{ group: [string, string]; items: ItemLine[] }> = [
  {
    group: ['1', 'Chính quyền số'],
    items: [
      [
        '1.1',
        'Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và hàng năm.',
        'Văn bản',
        'Có',
        '100%',
        'Đã hoàn thành',
      ],
      [
        '1.4',
        'Cán bộ, công chức xã có hộp thư điện tử công vụ của các cơ quan Nhà nước cấp.',
        '%',
        '100%',
        '100%',
        'Đã và đang thực hiện',
      ],
      ['1.6', 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.', '%', '75%', '92,1%', ONGOING],
      [
        '1.9',
        'Trang thông tin điện tử hoạt động tuân theo quy định Nghị định số 42/2022/NĐ-CP quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
        'Có trang',
        'Cung cấp đầy đủ thông tin theo quy định',
        '100%',
        ONGOING,
      ],
    ],
  },
  {
    group: ['2', 'Kinh tế số'],
    items: [
      [
        '2.1',
        'Tuyên truyền, nâng cao nhận thức cho doanh nghiệp, hộ kinh doanh, sản xuất và người dân về chuyển đổi số, phát triển kinh tế, mua bán, phân phối hàng hóa dựa trên môi trường mạng.',
        '%',
        '100%',
        '80%',
        'Trong quý III/2024',
      ],
      [
        '2.4',
        'Tỷ lệ doanh nghiệp, hộ kinh doanh và người dân sử dụng các kênh thanh toán không dùng tiền mặt để giao dịch trực tuyến',
        '%',
        '70%',
        '50%',
        'Trong quý III/2024',
      ],
    ],
  },
];

function itemRow([tt, name, unit, target, level, time]: ItemLine): Row {
  const cells: Record<string, Cell> = { tt: { text: tt }, name: { text: name }, unit: { text: unit } };
  cells.target = { text: target };
  const figure = Number.parseFloat(level.replace(',', '.'));
  cells.level = Number.isNaN(figure) ? { text: level } : { text: level, value: figure };
  cells.time = { text: time };
  // 'note' is left out on purpose: a missing key is an empty cell, which Word still needs a paragraph for.
  return { kind: 'item', cells };
}

export function sampleRows(): Row[] {
  return ITEMS.flatMap(({ group: [tt, name], items }) => [
    { kind: 'group' as const, cells: { tt: { text: tt }, name: { text: name } } },
    ...items.map(itemRow),
  ]);
}

/** `extraItems` adds generated item rows so the table runs over several pages. */
export function sampleAppendix(options: { extraItems?: number } = {}): Table {
  const extra: Row[] = Array.from({ length: options.extraItems ?? 0 }, (_, i) =>
    itemRow([
      `3.${i + 1}`,
      `Chỉ tiêu bổ sung số ${i + 1}: ứng dụng nền tảng số hỗ trợ chính quyền cấp xã giao tiếp, tương tác với người dân`,
      '%',
      '100%',
      '100%',
      ONGOING,
    ]),
  );
  const rows = sampleRows();
  if (extra.length > 0) {
    rows.push({ kind: 'group', cells: { tt: { text: '3' }, name: { text: 'Xã hội số' } } }, ...extra);
  }
  return {
    sheetName: 'Phụ lục 1',
    titleLines: [
      'PHỤ LỤC 1',
      'CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ THỰC HIỆN TRONG NĂM 2024',
      '(Theo Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh Thanh Hóa)',
    ],
    columns: APPENDIX_COLUMNS,
    rows,
    footerLines: ['Tổng số chỉ tiêu: 8; đạt: 6/8.'],
    orientation: 'portrait',
  };
}

export function sampleReport(options: { extraItems?: number; date?: string | null } = {}): ReportDocument {
  return {
    kind: 'commune_report',
    fileName: 'Bao cao ket qua CDS 2024 - Xã Bát Mọt',
    letterhead: {
      parentBody: 'UBND HUYỆN THƯỜNG XUÂN',
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ BÁT MỌT',
      number: '',
      symbol: 'BC-UBND',
      place: 'Bát Mọt',
      date: options.date === undefined ? '2025-02-05' : options.date,
      signature: { mode: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Văn Thành' },
      recipients: ['UBND huyện (B/c)', 'TT Đảng ủy, TT HĐND (B/c)', 'Thành viên BCĐ (T/h)', 'Lưu: VT'],
    },
    documentType: 'BÁO CÁO',
    subject: [
      'Kết quả thực hiện nhiệm vụ theo Quyết định số 1829/QĐ-UBND',
      'ngày 30/5/2023 của Chủ tịch UBND tỉnh về các tiêu chí',
      'chuyển đổi số cấp xã năm 2024',
    ],
    body: [
      {
        kind: 'paragraph',
        text: 'Thực hiện Kế hoạch số 31/KH-UBND ngày 30/01/2024 của UBND huyện Thường Xuân về chuyển đổi số cấp xã trên địa bàn huyện năm 2024; UBND xã Bát Mọt báo cáo kết quả thực hiện như sau:',
      },
      { kind: 'heading', text: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH' },
      {
        kind: 'bullet',
        text: 'Kế hoạch số 217/KH-UBND ngày 12/12/2023 của UBND huyện Thường Xuân về chuyển đổi số năm 2024 trên địa bàn huyện.',
      },
      {
        kind: 'paragraph',
        text: 'Các nội dung, tiêu chí chuyển đổi số được UBND xã triển khai từ năm 2022, đến nay đã cơ bản hoàn thành các tiêu chí. Một số nhiệm vụ đang trong quá trình hoàn thiện. (Có phụ lục chi tiết kèm theo)',
      },
    ],
    appendices: [sampleAppendix(options)],
  };
}
