import type { Workspace } from '../contracts/assessments.ts';
import { formatDayVi } from '../text.ts';
import type { Block, Letterhead } from './model.ts';

/** What a report is built from: the workspace as entered, the framework it answers to, and the form. */
export type ReportSource = {
  workspace: Workspace;
  /** The criteria set (commune report) or the index (index report) of the cycle. */
  framework: { title: string; legalBasis: { number: string; date: string; issuer: string } };
  letterhead: Letterhead;
  /** The body the report goes to, for the closing sentence: "Ủy ban nhân dân huyện Thường Xuân". */
  addressee: string | null;
  /** Paragraphs the officer writes (next steps, proposals); empty lines are dropped. */
  closingNotes: string[];
};

/** "Quyết định số 1829/QĐ-UBND ngày 30/05/2023 của Chủ tịch UBND tỉnh Thanh Hóa" */
export function legalBasisText(legalBasis: ReportSource['framework']['legalBasis']): string {
  return `Quyết định số ${legalBasis.number} ngày ${formatDayVi(legalBasis.date)} của ${legalBasis.issuer}`;
}

/** The commune's people's committee as the body text names it: "Ủy ban nhân dân xã Bát Mọt". */
export function committeeOf(unitName: string): string {
  return `Ủy ban nhân dân ${lowerFirst(unitName)}`;
}

/** A unit's name inside a sentence: "Xã Bát Mọt" → "xã Bát Mọt". */
export function lowerFirst(unitName: string): string {
  return unitName.charAt(0).toLocaleLowerCase('vi') + unitName.slice(1);
}

/** The officer's closing paragraphs under their heading, or nothing when they wrote none. */
export function closing(source: ReportSource, heading: string): Block[] {
  const paragraphs = source.closingNotes.map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return [];
  return [
    { kind: 'heading', text: heading },
    ...paragraphs.map(
      (text): Block =>
        text.startsWith('- ') ? { kind: 'bullet', text: text.slice(2) } : { kind: 'paragraph', text },
    ),
  ];
}
