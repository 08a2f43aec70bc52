import type { Workspace } from '../contracts/assessments.ts';
import { formatDayVi } from '../text.ts';
import type { Letterhead } from './model.ts';

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
export function committeeOf(communeName: string): string {
  return `Ủy ban nhân dân ${communeName.charAt(0).toLocaleLowerCase('vi')}${communeName.slice(1)}`;
}
