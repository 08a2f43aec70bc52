import { expect } from 'vitest';
import type { Client, TestApp } from './test-app.ts';

/**
 * Asks for a document with the form's defaults overridden by `body`, waits for the queue, and answers the job and
 * the downloaded file as the user gets them.
 */
export async function generateDocument(
  t: TestApp,
  client: Client,
  assessmentId: string,
  body: Record<string, unknown>,
) {
  const { defaults } = (await client.get(`/api/assessments/${assessmentId}/documents`)).json();
  const res = await client.post(`/api/assessments/${assessmentId}/documents`, { ...defaults, ...body });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().status).toBe('queued');
  await t.app.documentJobs.idle();
  const job = (await client.get(`/api/documents/${res.json().id}`)).json();
  expect(job).toMatchObject({ status: 'done', error: null });
  const file = await client.get(`/api/documents/${job.id}/file`);
  expect(file.statusCode).toBe(200);
  return { job, file, bytes: file.rawPayload };
}
