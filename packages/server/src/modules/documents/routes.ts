import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import {
  documentListResponseSchema,
  documentPreviewSchema,
  generateDocumentRequestSchema,
  generatedDocumentSchema,
} from '@xaso/domain/contracts/documents';
import { DOCUMENT_KINDS } from '@xaso/domain/documents/model';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/app-error.ts';
import { contentDisposition } from '../../http/content-disposition.ts';
import type { AppDeps } from '../../http/deps.ts';
import { fileResponse } from '../../http/openapi.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { DocumentQueue, failInterrupted } from './document-queue.ts';
import { previewDocument } from './use-cases/preview-document.ts';
import { getDocument, listDocuments, MEDIA_TYPES } from './use-cases/read-documents.ts';
import { requestDocument } from './use-cases/request-document.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The document generation queue (tests wait on `idle()`). */
    documentJobs: DocumentQueue;
  }
}

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  503: errorResponseSchema,
};
const tags = ['documents'];

export async function registerDocumentRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const queue = new DocumentQueue({ ...deps, log: fastify.log, soffice: deps.config.soffice });
  await failInterrupted(deps.db, deps.now());
  fastify.decorate('documentJobs', queue);
  fastify.addHook('onClose', () => queue.idle());

  app.get(
    '/api/assessments/:id/documents',
    {
      schema: {
        operationId: 'listAssessmentDocuments',
        summary: 'List the documents generated for an assessment',
        tags,
        params: idParamsSchema,
        response: { 200: documentListResponseSchema, ...errors },
      },
    },
    async (request) =>
      listDocuments(ctxOf(request, deps), queue, {
        actor: actorOf(request),
        assessmentId: request.params.id,
      }),
  );

  app.get(
    '/api/assessments/:id/documents/preview',
    {
      schema: {
        operationId: 'previewAssessmentDocument',
        summary: 'Preview the data a document would hold',
        tags,
        params: idParamsSchema,
        querystring: z.object({ kind: z.enum(DOCUMENT_KINDS) }),
        response: { 200: documentPreviewSchema, ...errors },
      },
    },
    async (request) =>
      previewDocument(ctxOf(request, deps), {
        actor: actorOf(request),
        assessmentId: request.params.id,
        kind: request.query.kind,
      }),
  );

  app.post(
    '/api/assessments/:id/documents',
    {
      schema: {
        operationId: 'generateAssessmentDocument',
        summary: 'Queue a Word, Excel or PDF document for an assessment',
        tags,
        description:
          'Xếp hàng tạo một văn bản (Word, Excel hoặc PDF); trả về ngay công việc ở trạng thái "queued" để trang theo dõi.',
        params: idParamsSchema,
        body: generateDocumentRequestSchema,
        response: { 202: generatedDocumentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session) throw new AppError('UNAUTHENTICATED');
      const document = await requestDocument(ctxOf(request, deps), queue, {
        actor: { ...actorOf(request), displayName: session.displayName },
        assessmentId: request.params.id,
        request: request.body,
      });
      return reply.code(202).send(document);
    },
  );

  app.get(
    '/api/documents/:id',
    {
      schema: {
        operationId: 'getDocument',
        summary: 'Get a generated document and its status',
        tags,
        params: idParamsSchema,
        response: { 200: generatedDocumentSchema, ...errors },
      },
    },
    async (request) =>
      (await getDocument(ctxOf(request, deps), { actor: actorOf(request), documentId: request.params.id }))
        .document,
  );

  app.get(
    '/api/documents/:id/file',
    {
      schema: {
        operationId: 'downloadDocumentFile',
        summary: 'Download a generated document',
        tags,
        params: idParamsSchema,
        description: 'Tệp văn bản đã tạo (tải về), kèm mã băm SHA-256.',
        response: { 200: fileResponse('The document file.', Object.values(MEDIA_TYPES)), ...errors },
      },
    },
    async (request, reply) => {
      const { document, storageKey } = await getDocument(ctxOf(request, deps), {
        actor: actorOf(request),
        documentId: request.params.id,
      });
      if (document.status !== 'done' || !storageKey || !document.fileName) throw AppError.notFound();
      return reply
        .type(MEDIA_TYPES[document.format])
        .header('content-length', String(document.size))
        .header('content-disposition', contentDisposition('attachment', document.fileName))
        .header('x-content-sha256', document.sha256 ?? '')
        .send(await deps.storage.read(storageKey));
    },
  );
}
