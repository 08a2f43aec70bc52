import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPdfPages } from '../src/modules/documents/convert-pdf.ts';
import { openBatMotAssessment } from './support/cycle-fixture.ts';
import { generateDocument } from './support/generate-document.ts';
import { enterHoangCat2024 } from './support/hoang-cat.ts';
import { requireSoffice } from './support/system-programs.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The commune's documents as PDF, made through the API by the app's own LibreOffice: the same data as in
 * documents.test.ts (seed 001 for the report of results, seed 003's figures for the index report), counted in pages.
 */
let t: TestApp;
beforeAll(async () => {
  // Before the app: without LibreOffice the app would answer 503; the failure should say what to install instead.
  await requireSoffice();
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('PDF documents', { timeout: 120_000 }, () => {
  it('report of results: LibreOffice turns the Word file into the report pages and the appendix pages', async () => {
    const hoangCat = await enterHoangCat2024(t);
    const { job, bytes } = await generateDocument(t, hoangCat.officer, hoangCat.assessmentId, {
      kind: 'commune_report',
      format: 'pdf',
    });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(job.fileName).toMatch(/\.pdf$/);
    // Two pages of report text (14 criteria not met are listed), five of appendix for 37 criteria on A4.
    expect(countPdfPages(bytes)).toBe(7);
  });

  it('index self-assessment: one page of report, the table on landscape pages', async () => {
    const { assessmentId } = await openBatMotAssessment(t);
    const officer = await t.as('canbo.batmot');
    const save = (code: string, body: Record<string, unknown>) =>
      officer.put(`/api/assessments/${assessmentId}/items/indicator/${code}`, {
        ...body,
        expectedVersion: 0,
      });
    // The figures of documents.test.ts: row 7.4's note and two worked fractions take room on the page.
    expect(
      (await save('7.4', { numerator: 7, denominator: 19, notes: 'Qua khảo sát trên địa bàn xã' }))
        .statusCode,
    ).toBe(200);
    expect((await save('8.1', { numerator: 1068, denominator: 6633 })).statusCode).toBe(200);
    expect((await save('1.1', { value: true })).statusCode).toBe(200);

    const { bytes } = await generateDocument(t, officer, assessmentId, {
      kind: 'index_report',
      format: 'pdf',
    });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(countPdfPages(bytes)).toBe(9);
  });
});
