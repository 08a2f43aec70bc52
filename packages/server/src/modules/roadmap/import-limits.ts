/**
 * Limits on an uploaded roadmap workbook. A real one is tiny: Thường Xuân's (16 communes, four years) saved by
 * LibreOffice is 5.5 KB, 16 KB once inflated; the template this server writes is 7.6 KB, 21 KB inflated. The
 * file is read on the request thread (no parse worker as for frameworks), so the inflated total is kept low:
 * a workbook just under the limit (2,400 rows × 12 columns, 0.96 MB inflated) was read in 110–360 ms on this
 * machine under load, where the framework limit (20 MB) takes ~7 s.
 */
export const ROADMAP_IMPORT_LIMITS = {
  /** The upload itself; one byte more is refused with 413. */
  fileBytes: 1024 * 1024,
  zip: {
    maxEntries: 200,
    /** ~50× a real template. */
    maxTotalUncompressed: 1024 * 1024,
    maxRatio: 200,
    maxNameBytes: 1024,
  },
  /** A province after 2025 has a few hundred communes at most; Excel's own sheets go to 1,048,576 rows. */
  maxRows: 5000,
  /** Column A and one column per year 2020–2100. */
  maxColumns: 100,
} as const;
