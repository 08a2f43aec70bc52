/**
 * Limits on an uploaded roadmap workbook. A real one is tiny: the template of Thường Xuân (16 communes, four
 * years) is 7 KB, about 25 KB once inflated, as Excel or LibreOffice save it. The file is read on the request
 * thread (no parse worker as for frameworks), so the inflated total is kept low enough that even a file at
 * the limit parses in a fraction of a second: exceljs reads ~3 MB of sheet XML a second (20 MB in ~7 s,
 * frameworks/parse/import-limits.ts).
 */
export const ROADMAP_IMPORT_LIMITS = {
  /** The upload itself; one byte more is refused with 413. */
  fileBytes: 1024 * 1024,
  zip: {
    maxEntries: 200,
    /** ~40× a real template. */
    maxTotalUncompressed: 1024 * 1024,
    maxRatio: 200,
    maxNameBytes: 1024,
  },
  /** A province after 2025 has a few hundred communes at most; Excel's own sheets go to 1,048,576 rows. */
  maxRows: 5000,
  /** Column A and one column per year 2020–2100. */
  maxColumns: 100,
} as const;
