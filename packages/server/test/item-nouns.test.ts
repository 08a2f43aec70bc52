import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBatMotAssessment } from './support/cycle-fixture.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let assessmentId: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ assessmentId } = await openBatMotAssessment(t));
});
afterAll(() => t.close());

/** Saves one item with only the fields given (the others take their defaults). */
async function save(kind: string, code: string, body: Record<string, unknown>) {
  return (await t.as('canbo.batmot')).put(`/api/assessments/${assessmentId}/items/${kind}/${code}`, body);
}

/**
 * Issue 10 item 6: a message that names an item says "Chỉ số" for an indicator of the index and "Tiêu chí" for a
 * criterion (7.1, a count of enterprises, was refused 2/19 as "Tiêu chí này").
 */
describe('messages name an item with the noun of its kind', () => {
  it('figures on an indicator not measured as a ratio: "Chỉ số 7.1", and nothing is saved', async () => {
    const res = await save('indicator', '7.1', { numerator: 2, denominator: 19, expectedVersion: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { numerator: 'Chỉ số 7.1 không đo bằng tỷ lệ: không nhập tử số, mẫu số.' },
    });
    // Refused before any write: a first save still starts from version 0.
    expect((await save('indicator', '7.1', { value: 2, expectedVersion: 0 })).statusCode).toBe(200);
  });

  it('figures on a criterion not measured as a ratio: "Tiêu chí 1.1"', async () => {
    const res = await save('criterion', '1.1', { numerator: 2, denominator: 19, expectedVersion: 0 });
    expect(res.json().fields).toEqual({
      numerator: 'Tiêu chí 1.1 không đo bằng tỷ lệ: không nhập tử số, mẫu số.',
    });
  });

  it('a value on a ratio item names its kind', async () => {
    const indicator = await save('indicator', '7.4', { value: 7, expectedVersion: 0 });
    expect(indicator.json().fields).toEqual({
      value: 'Chỉ số 7.4 đo bằng tỷ lệ: nhập tử số và mẫu số, không nhập giá trị.',
    });
    const criterion = await save('criterion', '1.6', { value: 92, expectedVersion: 0 });
    expect(criterion.json().fields).toEqual({
      value: 'Tiêu chí 1.6 đo bằng tỷ lệ: nhập tử số và mẫu số, không nhập giá trị.',
    });
  });

  it('a conflict on an indicator says "chỉ số"', async () => {
    expect(
      (await save('indicator', '8.1', { numerator: 1068, denominator: 6633, expectedVersion: 0 })).statusCode,
    ).toBe(200);
    const stale = await save('indicator', '8.1', { numerator: 1, denominator: 2, expectedVersion: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('vừa lưu kết quả chỉ số 8.1 trước bạn');
  });
});
