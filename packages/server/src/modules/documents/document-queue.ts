import { Readable } from 'node:stream';
import { type DocumentOptions, documentOptionsSchema } from '@xaso/domain/contracts/documents';
import type { DocumentFormat, DocumentKind } from '@xaso/domain/documents/model';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { generatedDocuments } from '../../db/schema.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { loadAssessment } from '../assessments/load-workspace.ts';
import { buildReport } from './build-report.ts';
import { convertToPdf, findSoffice } from './convert-pdf.ts';
import { renderDocx } from './render-docx.ts';
import { renderXlsx } from './render-xlsx.ts';

type Deps = {
  db: Db;
  now: () => Date;
  storage: FileStorage;
  log: FastifyBaseLogger;
  soffice: { SOFFICE_PATH?: string; PATH?: string };
};

/**
 * Generates documents one at a time, outside the request that asked for them: the request answers at once
 * with a queued job and the page polls its status. One at a time because a PDF runs LibreOffice (a second
 * large process); Word and Excel take tens of milliseconds. Jobs live in the database, so the list survives a
 * restart; a job cut off by one is marked failed at the next start (`failInterrupted`).
 */
export class DocumentQueue {
  private tail: Promise<void> = Promise.resolve();
  private sofficePath: Promise<string | null> | null = null;

  constructor(private readonly deps: Deps) {}

  /** Where LibreOffice is, looked up once; null when PDF cannot be made on this server. */
  soffice(): Promise<string | null> {
    this.sofficePath ??= findSoffice(this.deps.soffice);
    return this.sofficePath;
  }

  enqueue(jobId: string): void {
    this.tail = this.tail.then(() => this.run(jobId));
  }

  /** Resolves when every job enqueued so far has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.tail;
  }

  private async run(jobId: string): Promise<void> {
    const { db, now, log } = this.deps;
    const started = performance.now();
    try {
      const [job] = await db
        .update(generatedDocuments)
        .set({ status: 'running' })
        .where(and(eq(generatedDocuments.id, jobId), eq(generatedDocuments.status, 'queued')))
        .returning();
      if (!job) return;
      const file = await this.produce(
        job.assessmentId,
        job.kind as DocumentKind,
        job.format as DocumentFormat,
        documentOptionsSchema.parse(job.options),
      );
      const staged = await this.deps.storage.stage(Readable.from([file.bytes]), {
        maxBytes: Number.MAX_SAFE_INTEGER,
      });
      if ('tooLarge' in staged) throw new Error('unreachable: no size limit for generated files');
      const key = `documents/${job.assessmentId}/${job.id}`;
      await this.deps.storage.promote(staged.tempId, key);
      await db
        .update(generatedDocuments)
        .set({
          status: 'done',
          fileName: file.fileName,
          storageKey: key,
          size: staged.size,
          sha256: staged.sha256,
          finishedAt: now(),
          durationMs: Math.round(performance.now() - started),
        })
        .where(eq(generatedDocuments.id, jobId));
    } catch (error) {
      log.error({ err: error, jobId }, 'document generation failed');
      await db
        .update(generatedDocuments)
        .set({
          status: 'failed',
          error: 'Không tạo được văn bản do lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên.',
          finishedAt: now(),
          durationMs: Math.round(performance.now() - started),
        })
        .where(eq(generatedDocuments.id, jobId))
        .catch((e: unknown) => log.error({ err: e, jobId }, 'could not record the failure'));
    }
  }

  private async produce(
    assessmentId: string,
    kind: DocumentKind,
    format: DocumentFormat,
    options: DocumentOptions,
  ) {
    const { db, now, log } = this.deps;
    const loaded = await loadAssessment(db, assessmentId);
    const report = await buildReport({ db, now, log }, loaded, kind, options);
    if (format === 'xlsx')
      return { bytes: await renderXlsx(report, { now: now() }), fileName: `${report.fileName}.xlsx` };
    const docx = await renderDocx(report);
    if (format === 'docx') return { bytes: docx, fileName: `${report.fileName}.docx` };
    const soffice = await this.soffice();
    if (!soffice) throw new Error('LibreOffice is not installed');
    return {
      bytes: await convertToPdf(docx, report.fileName, { sofficePath: soffice }),
      fileName: `${report.fileName}.pdf`,
    };
  }
}

/** Jobs a previous process left unfinished are failed with a message, so no page polls them forever. */
export async function failInterrupted(db: Db, now: Date): Promise<void> {
  await db
    .update(generatedDocuments)
    .set({
      status: 'failed',
      error: 'Máy chủ khởi động lại khi đang tạo văn bản. Vui lòng tạo lại.',
      finishedAt: now,
    })
    .where(inArray(generatedDocuments.status, ['queued', 'running']));
}
