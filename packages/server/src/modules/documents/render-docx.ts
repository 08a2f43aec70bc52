import type { Block, Letterhead, ReportDocument } from '@xaso/domain/documents/model';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Table as DocxTable,
  type ISectionOptions,
  LineRuleType,
  Packer,
  Paragraph,
  SectionType,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { tableBlock } from './docx-data-table.ts';
import {
  centered,
  FONT,
  mm,
  nfc,
  pageSetup,
  printableWidth,
  type RunStyle,
  runs,
  shareWidth,
} from './docx-page.ts';

/**
 * Lays a ReportDocument out as a Word file in the format of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, Times New
 * Roman, the heading block, the body, the signature and "Nơi nhận:", then each appendix on its own pages.
 * Nothing is computed here: every text comes from the model.
 */
export async function renderDocx(document: ReportDocument): Promise<Buffer> {
  const doc = new Document({
    title: nfc(document.fileName),
    creator: 'Xã Số',
    lastModifiedBy: 'Xã Số',
    styles: {
      default: {
        document: {
          // eastAsia and cs too: Word picks those slots for some Vietnamese characters and would fall back to
          // the theme font (Calibri/Aptos) for them otherwise.
          run: {
            font: { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT },
            size: 28,
            language: { value: 'vi-VN' },
          },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    // Word's theme fonts are what "Body"/"Headings" mean in its font list; Calibri there would leak into any text
    // a user adds with a built-in style.
    theme: { fonts: { headings: FONT, body: FONT } },
    sections: [
      {
        ...pageSetup('portrait'),
        children: [
          headingBlock(document.letterhead),
          ...titleBlock(document),
          ...document.body.flatMap(bodyBlock),
          new Paragraph({}),
          closingBlock(document.letterhead),
          // Word wants a paragraph after a table that closes a section; it also keeps the two tables apart.
          new Paragraph({}),
        ],
      },
      ...document.appendices.map((table): ISectionOptions => {
        const setup = pageSetup(table.orientation);
        return {
          ...setup,
          properties: { ...setup.properties, type: SectionType.NEXT_PAGE },
          children: tableBlock(table, table.orientation),
        };
      }),
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The short horizontal rule NĐ30 draws under the issuing body and under the subject: an empty, very low
 * paragraph with a bottom border, its indents making it about a third of the column wide.
 */
function rule(columnWidth: number, fraction: number): Paragraph {
  const indent = Math.round((columnWidth * (1 - fraction)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

// ---------------------------------------------------------------------------------------------------------
// Heading block, title, body, closing

/**
 * A borderless layout table whose columns share `width` in the given fractions. Cells have no side padding so
 * "UBND HUYỆN …" and the national motto fit their columns on one line, as on printed forms.
 */
function layoutTable(width: number, fractions: number[], rows: Paragraph[][][]): DocxTable {
  const widths = shareWidth(width, fractions);
  return new DocxTable({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

const HEADING_FRACTIONS = [0.42, 0.58];

/** The issuer often prints as "ỦY BAN NHÂN DÂN" over "XÃ …" (seeds 001, 003); the model keeps one string. */
function issuerLines(issuingBody: string): string[] {
  const text = nfc(issuingBody).trim();
  if (text.includes('\n')) return text.split('\n');
  const match = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(.+)$/u.exec(text);
  return match ? [match[1]!, match[2]!] : [text];
}

function headingBlock(letterhead: Letterhead): DocxTable {
  const width = printableWidth('portrait');
  const [leftWidth = 0] = shareWidth(width, HEADING_FRACTIONS);
  const issuer: Paragraph[] = [
    ...(letterhead.parentBody === null ? [] : [centered(letterhead.parentBody.toUpperCase(), { size: 13 })]),
    ...issuerLines(letterhead.issuingBody).map((line) =>
      centered(line.toUpperCase(), { size: 13, bold: true }),
    ),
    rule(leftWidth, 0.35),
  ];
  const motto: Paragraph[] = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    centered('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true, underline: true }),
  ];
  const number = `Số: ${letterhead.number.trim() === '' ? ' '.repeat(7) : letterhead.number.trim()}/${letterhead.symbol}`;
  const dateLine = `${letterhead.place}, ${vietnameseDate(letterhead.date)}`;
  return layoutTable(width, HEADING_FRACTIONS, [
    [issuer, motto],
    [
      [centered(number, { size: 13 }, { before: 120 })],
      [centered(dateLine, { size: 14, italics: true }, { before: 120 })],
    ],
  ]);
}

/**
 * "ngày 05 tháng 02 năm 2025": NĐ30 writes days 1–9 and months 1–2 with a leading zero (so "tháng 01" cannot be
 * altered into "tháng 11"). Without a date the day, month and year are left blank for the clerk.
 */
export function vietnameseDate(isoDay: string | null): string {
  const blank = ' '.repeat(6);
  if (isoDay === null) return `ngày${blank}tháng${blank}năm${blank}`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new Error(`Letterhead date must be an ISO day (YYYY-MM-DD), got "${isoDay}"`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

function titleBlock(document: ReportDocument): Paragraph[] {
  const width = printableWidth('portrait');
  return [
    centered(document.documentType.toUpperCase(), { size: 14, bold: true }, { before: 360 }),
    ...document.subject.map((line) => centered(line, { size: 14, bold: true })),
    rule(width, 0.25),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** Body text: justified, first line indented 1 cm, 1.15 lines, 6 pt after. */
function bodyParagraph(text: string, style: RunStyle = {}, indent = true): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: mm(10) } : undefined,
    spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO },
    children: runs(text, style),
  });
}

function bodyBlock(block: Block): Array<Paragraph | DocxTable> {
  switch (block.kind) {
    case 'heading':
      return [bodyParagraph(block.text, { bold: true }, false)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    // Official documents mark list items with "- ", not Word numbering, and indent them like paragraphs.
    case 'bullet':
      return [bodyParagraph(`- ${block.text}`)];
    // The body is portrait, so a table inside it is laid out portrait whatever its own orientation.
    case 'table':
      return [...tableBlock(block.table, 'portrait'), new Paragraph({})];
  }
}

const CLOSING_FRACTIONS = [0.45, 0.55];

function closingBlock(letterhead: Letterhead): DocxTable {
  const { signature, recipients } = letterhead;
  const entries = recipients.map((entry, i) => {
    const text = entry.trim().replace(/[;.]+$/u, '');
    return new Paragraph({
      children: runs(`- ${text}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 }),
    });
  });
  const left = [
    new Paragraph({ children: runs('Nơi nhận:', { size: 12, bold: true, italics: true }) }),
    ...entries,
  ];
  const heads =
    signature.mode === 'direct'
      ? [signature.title]
      : [`${signature.mode}. ${signature.onBehalfOf}`, signature.title];
  const right = [
    ...heads.map((line) => centered(line.toUpperCase(), { size: 14, bold: true })),
    // Room for the handwritten signature and the seal.
    ...Array.from(
      { length: 4 },
      () => new Paragraph({ spacing: { line: 360, lineRule: LineRuleType.AUTO } }),
    ),
    centered(signature.name, { size: 14, bold: true }),
  ];
  return layoutTable(printableWidth('portrait'), CLOSING_FRACTIONS, [[left, right]]);
}
