/**
 * One model of an official document and its tables. Word, Excel and the on-screen preview all render this
 * model, so they cannot disagree about a row. Builders (commune-report.ts, index-report.ts) make it from the
 * workspace; renderers never compute anything, they only lay it out.
 */

/** How the document is signed (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I). */
export type Signature = {
  /** 'TM' (thay mặt the collective body), 'KT' (ký thay the head) or 'direct' (the head signs). */
  mode: 'TM' | 'KT' | 'direct';
  /** The line after "TM." or "KT.": "ỦY BAN NHÂN DÂN" for TM., "CHỦ TỊCH" for KT.; unused for 'direct'. */
  onBehalfOf: string;
  /** The signer's title: "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  title: string;
  /** The signer's full name, printed under the space for the signature. */
  name: string;
};

/** The heading block, number, place, date, signature and recipients: from the form, remembered per unit. */
export type Letterhead = {
  /** The body above the issuer ("UBND HUYỆN THƯỜNG XUÂN"), or null when none is printed. */
  parentBody: string | null;
  /** The issuing body, printed in capitals: "ỦY BAN NHÂN DÂN XÃ BÁT MỌT". */
  issuingBody: string;
  /** The number, or "" to leave it blank for the clerk ("Số:      /BC-UBND"). */
  number: string;
  /** The symbol after the slash: "BC-UBND". */
  symbol: string;
  /** The place in the date line: "Bát Mọt". */
  place: string;
  /** ISO day, or null to leave the day and month blank for the clerk. */
  date: string | null;
  signature: Signature;
  /** "Nơi nhận:" entries; the last is usually "Lưu: VT". */
  recipients: string[];
};

/** A cell: the text people read, and for figures the number Excel stores (with the column's format). */
export type Cell = { text: string; value?: number };

export type ColumnAlign = 'left' | 'center' | 'right';

export type Column = {
  key: string;
  header: string;
  /** Relative width; renderers share the printable width in these proportions. */
  width: number;
  align: ColumnAlign;
  /** Excel number format for cells that carry a value, e.g. '0.0"%"', '0.00', '#,##0'. */
  numberFormat?: string;
};

/**
 * A row. 'group' rows head a group ("1 Chính quyền số") and are styled; 'subtotal' and 'total' rows close a
 * group or the table. Cells are keyed by column; a missing key is an empty cell.
 */
export type Row = {
  kind: 'group' | 'item' | 'subtotal' | 'total';
  cells: Record<string, Cell>;
};

export type Table = {
  /** Sheet name in Excel (at most 31 characters, no []:*?/\). */
  sheetName: string;
  /** Lines printed above the table ("PHỤ LỤC 1", "CÁC CHỈ TIÊU …", "(Theo Quyết định số …)"). */
  titleLines: string[];
  columns: Column[];
  rows: Row[];
  /** Lines printed under the table ("Tổng số chỉ tiêu: 37; đạt: 23/37."). */
  footerLines: string[];
  /** Wide tables are laid out on landscape pages in Word. */
  orientation: 'portrait' | 'landscape';
};

/** A block of the document's body. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  /** A table printed in the body, where the body is built around it. */
  | { kind: 'table'; table: Table };

export type ReportDocument = {
  kind: DocumentKind;
  /** File name without extension, Vietnamese allowed: "Bao cao ket qua CDS 2024 - Xã Hoằng Cát". */
  fileName: string;
  letterhead: Letterhead;
  /** "BÁO CÁO" */
  documentType: string;
  /** The subject lines under the document type ("Kết quả thực hiện …"). */
  subject: string[];
  body: Block[];
  /** Tables printed after the signature, each on a new page, as appendices. */
  appendices: Table[];
};

export const DOCUMENT_KINDS = ['commune_report', 'index_report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Every table of a document, in order: what the Excel workbook holds, one sheet each. */
export function tablesOf(document: ReportDocument): Table[] {
  return [...document.body.flatMap((b) => (b.kind === 'table' ? [b.table] : [])), ...document.appendices];
}
