import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../http/app-error.ts';
import { parseFrameworkFile } from './parse-framework-file.ts';
import type { ParseAnswer, ParseJob } from './parse-in-worker.ts';

// Runs in a worker thread with a capped heap (see parse-in-worker.ts): one job at a time, one answer per job.
const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread');

port.on('message', async (job: ParseJob) => {
  port.postMessage(await answer(job));
});

async function answer(job: ParseJob): Promise<ParseAnswer> {
  try {
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    return { kind: 'parsed', result: await parseFrameworkFile(bytes, job.fileName) };
  } catch (error) {
    if (error instanceof AppError) return { kind: 'refused', code: error.code, message: error.message };
    // Nesting deep enough to overflow the stack, or an array past V8's maximum: the file, not the server.
    if (error instanceof RangeError) {
      return {
        kind: 'refused',
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Tệp có cấu trúc lồng nhau quá sâu hoặc quá lớn nên không đọc được. Hãy kiểm tra lại tệp.',
      };
    }
    return {
      kind: 'failed',
      detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}
