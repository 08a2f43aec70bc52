import type { Table } from '@xaso/domain/documents/model';
import {
  AlignmentType,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';

/** Page geometry and text runs of the Word documents (Nghị định 30/2020/NĐ-CP), shared by their parts. */

export const FONT = 'Times New Roman';

/** Millimetres to twips (1/1440 inch), the unit of Word's page setup and table widths. */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

const A4 = { width: 11906, height: 16838 };

/** NĐ30: top and bottom 20–25 mm, left 30–35 mm (binding), right 15–20 mm. */
const PORTRAIT_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/**
 * A landscape page is bound by its top edge (it is turned so its top lies along the portrait pages' left), so
 * the 30 mm binding margin goes on top and the portrait right margin becomes the landscape bottom.
 */
const LANDSCAPE_MARGINS = { top: mm(30), bottom: mm(15), left: mm(20), right: mm(20) };

export type Orientation = Table['orientation'];

export function printableWidth(orientation: Orientation): number {
  const m = orientation === 'landscape' ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
  const width = orientation === 'landscape' ? A4.height : A4.width;
  return width - m.left - m.right;
}

/**
 * Page size, margins and the page number. NĐ30: numbers centred in the top margin, not shown on the first page;
 * an appendix is numbered on its own, so each section restarts at 1.
 */
export function pageSetup(orientation: Orientation): Pick<ISectionOptions, 'properties' | 'headers'> {
  const margins = orientation === 'landscape' ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          ...A4,
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...margins, header: mm(10), footer: mm(10) },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })],
          }),
        ],
      }),
      first: new Header({ children: [new Paragraph({})] }),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Text

/** Text goes out NFC: a decomposed "ệ" from a pasted form renders as two glyphs in some fonts and breaks search. */
export const nfc = (text: string): string => text.normalize('NFC');

export type RunStyle = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

/** Runs for a text, with a line break for each "\n". `size` is in points. */
export function runs(text: string, style: RunStyle = {}): ParagraphChild[] {
  return nfc(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: style.bold,
          italics: style.italics,
          underline: style.underline ? {} : undefined,
          size: style.size === undefined ? undefined : style.size * 2,
        }),
    );
}

export function centered(text: string, style: RunStyle = {}, spacing?: { before?: number; after?: number }) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: runs(text, style) });
}

/** Splits `total` twips in proportion to `weights`; the rounding remainder goes to the widest column. */
export function shareWidth(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(b, 0), 0) || 1;
  const widths = weights.map((w) => Math.floor((total * Math.max(w, 0)) / sum));
  const widest = weights.indexOf(Math.max(...weights));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
