import type { Column, Row, Table } from '@xaso/domain/documents/model';
import {
  AlignmentType,
  BorderStyle,
  Table as DocxTable,
  Paragraph,
  ShadingType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { centered, nfc, type Orientation, printableWidth, runs, shareWidth } from './docx-page.ts';

/** A table with its title lines above it ("PHỤ LỤC 1" bold, "(Theo Quyết định …)" italic) and footer lines under it. */
export function tableBlock(table: Table, orientation: Orientation): Array<Paragraph | DocxTable> {
  return [
    ...table.titleLines.map((line, i) =>
      centered(
        line,
        line.trimStart().startsWith('(') ? { size: 14, italics: true } : { size: 14, bold: true },
        i === table.titleLines.length - 1 ? { after: 200 } : undefined,
      ),
    ),
    ...dataTable(table, orientation),
  ];
}

const GRID = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const HEADER_FILL = 'D9D9D9';
const GROUP_FILL = 'F2F2F2';
/** 12 pt in tables, landscape included: landscape pages exist to give wide tables room, not smaller type. */
const CELL_SIZE = 12;

/**
 * A bordered table filling the printable width, with a fixed layout so Word and LibreOffice agree on the
 * columns; the header row repeats on every page and no row is split across pages. Footer lines follow it.
 */
function dataTable(table: Table, orientation: Orientation): Array<Paragraph | DocxTable> {
  const width = printableWidth(orientation);
  const widths = shareWidth(
    width,
    table.columns.map((c) => c.width),
  );
  const cell = (column: Column, index: number, texts: string, style: CellStyle) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: style.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } : undefined,
      // Each line its own paragraph; an empty cell still gets one, which Word requires.
      children: nfc(texts)
        .split('\n')
        .map(
          (line) =>
            new Paragraph({
              alignment: style.header ? AlignmentType.CENTER : ALIGN[column.align],
              children: [
                new TextRun({ text: line, bold: style.bold, italics: style.italics, size: CELL_SIZE * 2 }),
              ],
            }),
        ),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, i) =>
      cell(column, i, column.header, { header: true, bold: true, fill: HEADER_FILL }),
    ),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((column, i) =>
          cell(column, i, row.cells[column.key]?.text ?? '', ROW_STYLE[row.kind]),
        ),
      }),
  );
  return [
    new DocxTable({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: GRID,
        bottom: GRID,
        left: GRID,
        right: GRID,
        insideHorizontal: GRID,
        insideVertical: GRID,
      },
      margins: { top: 30, bottom: 30, left: 70, right: 70 },
      rows: [header, ...body],
    }),
    ...table.footerLines.map(
      (line, i) =>
        new Paragraph({
          spacing: { before: i === 0 ? 160 : 0, after: 60 },
          children: runs(line, { size: 13, bold: line.trimStart().startsWith('Tổng') }),
        }),
    ),
  ];
}

type CellStyle = { header?: boolean; bold?: boolean; italics?: boolean; fill?: string };

const ROW_STYLE: Record<Row['kind'], CellStyle> = {
  group: { bold: true, fill: GROUP_FILL },
  item: {},
  subtotal: { bold: true, italics: true },
  total: { bold: true },
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;
