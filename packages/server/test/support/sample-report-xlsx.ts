import type { Cell, Column, ReportDocument, Row, Table } from '@xaso/domain/documents/model';

/**
 * A hand-made report for the Excel renderer's tests: the appendix of seed 001 (Bát Mọt, 2024) cut down to
 * eight criteria, and an index self-assessment table shaped like seed 003. Built by hand rather than by the
 * report builders so the renderer is tested against a model whose every cell is known.
 */

const t = (text: string): Cell => ({ text });
const n = (text: string, value: number): Cell => ({ text, value });

function row(kind: Row['kind'], columns: Column[], cells: (Cell | undefined)[]): Row {
  const out: Record<string, Cell> = {};
  columns.forEach((column, i) => {
    const cell = cells[i];
    if (cell) out[column.key] = cell;
  });
  return { kind, cells: out };
}

export const appendixColumns: Column[] = [
  { key: 'tt', header: 'TT', width: 5, align: 'center' },
  { key: 'name', header: 'Tên chỉ tiêu', width: 36, align: 'left' },
  { key: 'unit', header: 'Đơn vị tính', width: 9, align: 'center' },
  { key: 'target', header: 'Chỉ tiêu cụ thể', width: 11, align: 'center' },
  { key: 'level', header: 'Mức độ hoàn thành', width: 11, align: 'center', numberFormat: '0.0"%"' },
  { key: 'time', header: 'Thời gian hoàn thành', width: 15, align: 'center' },
  { key: 'note', header: 'Ghi chú', width: 10, align: 'left' },
];

const RECURRENT = 'Nhiệm vụ thường xuyên - Đã và đang thực hiện';

export const appendixTable: Table = {
  sheetName: 'Phụ lục 1 - Chỉ tiêu 2024',
  titleLines: [
    'PHỤ LỤC 1',
    'CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ THỰC HIỆN TRONG NĂM 2024',
    '(Theo Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh Thanh Hóa)',
  ],
  columns: appendixColumns,
  rows: [
    row('group', appendixColumns, [t('1'), t('Chính quyền số')]),
    row('item', appendixColumns, [
      t('1.1'),
      t('Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và hàng năm.'),
      t('Văn bản'),
      t('Có'),
      n('100%', 100),
      t('Đã hoàn thành'),
    ]),
    row('item', appendixColumns, [
      t('1.2'),
      t(
        'Lãnh đạo, cán bộ, công chức trên địa bàn cấp xã chỉ đạo, điều hành, xử lý công việc hoàn toàn trên môi trường điện tử',
      ),
      t('%'),
      t('100%'),
      n('100%', 100),
      t(RECURRENT),
    ]),
    row('item', appendixColumns, [
      t('1.6'),
      t('Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.'),
      t('%'),
      t('75%'),
      n('92,1%', 92.1),
      t(RECURRENT),
    ]),
    row('item', appendixColumns, [
      t('1.7'),
      t(
        'Ứng dụng nền tảng số hỗ trợ chính quyền cấp xã giao tiếp, tương tác và tiếp nhận các ý kiến, phản ánh, kiến nghị của người dân (Kênh zalo, Trang Thông tin điện tử, ...)',
      ),
      t('Kênh giao tiếp'),
      t('Có'),
      n('100%', 100),
      t(RECURRENT),
      // A note the user typed on two lines: the line break must survive.
      t('Kênh Zalo "UBND xã Bát Mọt";\nTrang TTĐT của xã'),
    ]),
    row('group', appendixColumns, [t('2'), t('Kinh tế số')]),
    row('item', appendixColumns, [
      t('2.1'),
      t(
        'Tuyên truyền, nâng cao nhận thức cho doanh nghiệp, hộ kinh doanh, sản xuất và người dân về chuyển đổi số, phát triển kinh tế, mua bán, phân phối hàng hóa dựa trên môi trường mạng.',
      ),
      t('%'),
      t('100%'),
      n('80%', 80),
      t('Trong quý III/2024'),
    ]),
    row('item', appendixColumns, [
      t('2.4'),
      t(
        'Tỷ lệ doanh nghiệp, hộ kinh doanh và người dân sử dụng các kênh thanh toán không dùng tiền mặt để giao dịch trực tuyến',
      ),
      t('%'),
      t('70%'),
      n('50%', 50),
      t('Trong quý III/2024'),
      t('Chưa đạt'),
    ]),
  ],
  footerLines: ['Tổng số chỉ tiêu: 8; đạt: 6/8.'],
  orientation: 'portrait',
};

export const indexColumns: Column[] = [
  { key: 'tt', header: 'TT', width: 5, align: 'center' },
  { key: 'name', header: 'Chỉ số', width: 28, align: 'left' },
  { key: 'result', header: 'Kết quả', width: 26, align: 'left' },
  { key: 'evidence', header: 'Minh chứng', width: 18, align: 'left' },
  { key: 'max', header: 'Điểm tối đa', width: 9, align: 'center', numberFormat: '#,##0' },
  { key: 'score', header: 'Điểm tự chấm', width: 10, align: 'center', numberFormat: '0.00' },
  { key: 'method', header: 'Cách tính', width: 24, align: 'left' },
];

export const indexTable: Table = {
  // Longer than 31 characters and with characters Excel forbids: the renderer must clean it.
  sheetName: 'Chỉ số/Điểm [2022]: tự chấm điểm chuyển đổi số cấp xã',
  titleLines: [
    'PHỤ LỤC 2',
    'BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2022',
    '(Theo Quyết định số 3853/QĐ-UBND ngày 09/11/2022 của Chủ tịch UBND tỉnh Thanh Hóa)',
  ],
  columns: indexColumns,
  rows: [
    row('group', indexColumns, [t('1'), t('Nhận thức số'), undefined, undefined, n('100', 100)]),
    row('item', indexColumns, [
      t('1.1'),
      t('Người đứng đầu xã (bí thư, chủ tịch xã) là Trưởng ban Ban Chỉ đạo chuyển đổi số cấp xã.'),
      t('Quyết định số 2137/QĐ-UBND ngày 23/5/2022; Trưởng ban là đồng chí Chủ tịch UBND xã.'),
      t('QĐ 2137/QĐ-UBND'),
      n('20', 20),
      n('20', 20),
      t('Có: 20 điểm; không: 0 điểm'),
    ]),
    row('item', indexColumns, [
      t('1.4'),
      t('Đài truyền thanh cơ sở có chuyên mục riêng về chuyển đổi số.'),
      t('Có chuyên mục riêng'),
      t('Lịch phát sóng'),
      n('10', 10),
      n('10', 10),
      t('Có: 10 điểm'),
    ]),
    row('subtotal', indexColumns, [
      undefined,
      t('Cộng nhóm 1'),
      undefined,
      undefined,
      n('30', 30),
      n('30', 30),
    ]),
    row('group', indexColumns, [t('7'), t('Hoạt động chính quyền số'), undefined, undefined, n('30', 30)]),
    row('item', indexColumns, [
      t('7.1'),
      t('Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.'),
      t('Đạt 92,1%\n(1.234/1.340 hồ sơ)'),
      t('Báo cáo từ Hệ thống thông tin giải quyết TTHC tỉnh'),
      n('15', 15),
      n('13,82', 13.82),
      t('Điểm = tỷ lệ × 15'),
    ]),
    row('item', indexColumns, [
      t('7.2'),
      t('Tỷ lệ hồ sơ TTHC được số hóa kết quả giải quyết.'),
      t('Đạt 60,4%'),
      t('Báo cáo số hóa'),
      n('15', 15),
      n('9,06', 9.06),
      t('Điểm = tỷ lệ × 15'),
    ]),
    row('subtotal', indexColumns, [
      undefined,
      t('Cộng nhóm 7'),
      undefined,
      undefined,
      n('30', 30),
      n('22,88', 22.88),
    ]),
    row('total', indexColumns, [
      undefined,
      t('TỔNG CỘNG'),
      undefined,
      undefined,
      n('60', 60),
      n('52,88', 52.88),
    ]),
  ],
  footerLines: ['Tổng điểm tự chấm: 52,88/60 điểm.', 'Xếp loại: Khá.'],
  orientation: 'landscape',
};

export const sampleReport: ReportDocument = {
  kind: 'commune_report',
  fileName: 'Bao cao ket qua CDS 2024 - Xã Bát Mọt',
  letterhead: {
    parentBody: 'UBND HUYỆN THƯỜNG XUÂN',
    issuingBody: 'ỦY BAN NHÂN DÂN XÃ BÁT MỌT',
    number: '',
    symbol: 'BC-UBND',
    place: 'Bát Mọt',
    date: '2024-09-20',
    signature: { mode: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
    recipients: ['UBND huyện Thường Xuân (b/c)', 'Lưu: VT'],
  },
  documentType: 'BÁO CÁO',
  subject: ['Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2024'],
  body: [
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'paragraph', text: 'Ủy ban nhân dân xã Bát Mọt báo cáo kết quả như sau:' },
  ],
  appendices: [appendixTable, indexTable],
};
