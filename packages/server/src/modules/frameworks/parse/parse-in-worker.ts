import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@xaso/domain/errors';
import { AppError } from '../../../http/app-error.ts';
import { IMPORT_LIMITS } from './import-limits.ts';
import { checkYamlSize, isWorkbook } from './parse-framework-file.ts';
import type { FrameworkParseResult } from './result.ts';
import { checkWorkbookDirectory } from './workbook-zip.ts';

export type ParseJob = { bytes: Uint8Array; fileName: string };
export type ParseAnswer =
  | { kind: 'parsed'; result: FrameworkParseResult }
  | { kind: 'refused'; code: ErrorCode; message: string }
  | { kind: 'failed'; detail: string };

const BUSY =
  'Máy chủ đang đọc nhiều tệp nhập khác. Không có dữ liệu nào được thay đổi; vui lòng thử lại sau ít phút.';
const OUT_OF_MEMORY =
  'Tệp cần quá nhiều bộ nhớ để đọc nên không được nhận; không có dữ liệu nào được thay đổi. Hãy dùng mẫu Excel tải từ hệ thống hoặc tệp YAML của một bộ tiêu chí.';
const timedOut = (ms: number) =>
  `Đọc tệp mất quá lâu (hơn ${Math.ceil(ms / 1000)} giây) nên đã dừng; không có dữ liệu nào được thay đổi. Hãy kiểm tra lại tệp.`;
const CRASHED = 'Bộ đọc tệp nhập dừng đột ngột; không có dữ liệu nào được thay đổi. Vui lòng thử lại.';

/**
 * Parses an uploaded framework file (YAML or Excel) off the event loop: in a worker thread whose heap is capped,
 * one file at a time, with a bounded queue. Cheap refusals (a zip directory that declares too much, YAML over
 * the size cap) happen first on the calling thread, so a bomb never waits for its turn. A worker that runs out of
 * memory or time is replaced; the caller gets a Vietnamese `AppError`, and the server keeps running.
 */
export async function parseFrameworkUpload(bytes: Buffer, fileName: string): Promise<FrameworkParseResult> {
  if (isWorkbook(bytes)) checkWorkbookDirectory(bytes);
  else checkYamlSize(bytes);
  return unwrap(await queue.run({ bytes, fileName }));
}

/** The worker's answer as the caller sees it: a result, or the Vietnamese `AppError` it was refused with. */
export function unwrap(answer: ParseAnswer): FrameworkParseResult {
  switch (answer.kind) {
    case 'parsed':
      return answer.result;
    case 'refused':
      throw new AppError(answer.code, answer.message);
    case 'failed':
      throw new Error(`Framework parse worker failed: ${answer.detail}`);
  }
}

export type ParseQueueOptions = { heapMb: number; timeoutMs: number; maxWaiting: number };

/** One worker, one job at a time, at most `maxWaiting` jobs waiting. Exported for tests; the server uses one. */
export class ParseQueue {
  readonly #options: ParseQueueOptions;
  #worker: Worker | null = null;
  #running = false;
  #waiting: (() => void)[] = [];

  constructor(options: ParseQueueOptions) {
    this.#options = options;
  }

  /** Resolves with the worker's answer; throws UNAVAILABLE at once when the queue is full. */
  async run(job: ParseJob): Promise<ParseAnswer> {
    if (this.#running) {
      if (this.#waiting.length >= this.#options.maxWaiting) throw new AppError('UNAVAILABLE', BUSY);
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#running = true;
    try {
      return await this.#parse(job);
    } finally {
      // Hand the turn straight to the next job, so no newcomer slips in between.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running = false;
    }
  }

  #parse(job: ParseJob): Promise<ParseAnswer> {
    const worker = this.#worker ?? this.#start();
    this.#worker = worker;
    // Held while a job runs, so a CLI import does not exit before its answer; released when idle.
    worker.ref();
    return new Promise((resolve) => {
      /** `answered`: the worker replied (with a result or a refusal) and can take the next job. */
      const done = (answer: ParseAnswer, answered: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        if (!answered) {
          // Dead or stuck: never handed another job, and stopped if still running, so no thread is left behind.
          if (this.#worker === worker) this.#worker = null;
          void worker.terminate();
        }
        resolve(answer);
      };
      const onMessage = (answer: ParseAnswer) => done(answer, true);
      const onError = (error: Error & { code?: string }) =>
        done(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { kind: 'refused', code: 'PAYLOAD_TOO_LARGE', message: OUT_OF_MEMORY }
            : { kind: 'failed', detail: error.stack ?? error.message },
          false,
        );
      const onExit = () => done({ kind: 'refused', code: 'IMPORT_FAILED', message: CRASHED }, false);
      const timer = setTimeout(
        () =>
          done({ kind: 'refused', code: 'IMPORT_FAILED', message: timedOut(this.#options.timeoutMs) }, false),
        this.#options.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  #start(): Worker {
    // From sources (tsx, vitest) the worker needs tsx registered first; the bundle has its own built entry.
    const entry = import.meta.url.endsWith('.ts')
      ? new URL('./parse-worker-from-source.mjs', import.meta.url)
      : new URL('./parse-worker.js', import.meta.url);
    const worker = new Worker(entry, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.#options.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    // A dead worker (out of memory, terminated after a timeout) is dropped; the next job starts a fresh one.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (this.#worker === worker) this.#worker = null;
    });
    worker.unref();
    return worker;
  }
}

const queue = new ParseQueue({
  heapMb: IMPORT_LIMITS.workerHeapMb,
  timeoutMs: IMPORT_LIMITS.workerTimeoutMs,
  maxWaiting: IMPORT_LIMITS.maxWaiting,
});
