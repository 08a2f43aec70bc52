import type { Framework } from '@xaso/domain/framework/schema';

/** One problem found in an uploaded framework file. Every text is Vietnamese, ready to show. */
export interface FrameworkFileError {
  /** Where: "qd-1829.yaml, dòng 42" or "bo-tieu-chi.xlsx, trang "Danh mục", dòng 7, cột F (Cách đo)". */
  location: string;
  /** Which field: a data path such as `groups[0].items[5].targets.2024`, or the Excel column header. */
  field: string;
  message: string;
  line?: number;
  sheet?: string;
  row?: number;
  column?: string;
}

/** A bad file yields errors and no framework: nothing is imported from it. */
export type FrameworkParseResult =
  | { ok: true; framework: Framework }
  | { ok: false; errors: FrameworkFileError[] };
