import type ExcelJS from 'exceljs';

/**
 * exceljs, with the zip libraries it pulls in, took ~0.4 s of every start (a CPU profile of the bundle on an
 * existing data directory: the largest cost after PGlite), though only Excel framework imports, the template
 * download and Excel reports use it. It is loaded on first use instead; Node caches it after that.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
