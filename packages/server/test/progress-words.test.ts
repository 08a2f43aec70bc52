import { PROGRESS_LABELS, progressState } from '@xaso/domain/assessment/progress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let cycleId: string;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  ({
    cycle: { id: cycleId },
    ids,
  } = await openThuongXuanCycle(t));
});
afterAll(() => t.close());

/** The word the office's list shows for Bát Mọt, from what GET /api/cycles/:id/assessments says. */
async function officeWord() {
  const office = await t.as('vhtt.thuongxuan');
  const { items } = (await office.get(`/api/cycles/${cycleId}/assessments`)).json();
  const row = items.find((r: { commune: { id: string } }) => r.commune.id === ids['Xã Bát Mọt']);
  return PROGRESS_LABELS[progressState(row)];
}

describe('the office and the commune use one status word', () => {
  it('"Chưa bắt đầu" until something is entered, whether or not the workspace was opened; then "Đang nhập"', async () => {
    expect(await officeWord()).toBe('Chưa bắt đầu');
    const officer = await t.as('canbo.batmot');
    const ws = (await officer.get(`/api/cycles/${cycleId}/communes/${ids['Xã Bát Mọt']}/workspace`)).json();
    // Opening made the draft row: the office used to read it as "Đang nhập" while nothing was entered.
    expect(await officeWord()).toBe('Chưa bắt đầu');
    const saved = await officer.put(`/api/assessments/${ws.assessment.id}/items/criterion/1.1`, {
      value: true,
      expectedVersion: 0,
    });
    expect(saved.statusCode).toBe(200);
    expect(await officeWord()).toBe('Đang nhập');
  });
});
