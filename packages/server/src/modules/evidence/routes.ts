import { itemParamsSchema, saveResultResponseSchema } from '@xaso/domain/contracts/assessments';
import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import {
  citationSchema,
  deleteEvidenceQuerySchema,
  deleteEvidenceResponseSchema,
  evidenceListResponseSchema,
  evidenceSchema,
  evidenceUploadLimitsSchema,
  linkEvidenceRequestSchema,
  uploadEvidenceResponseSchema,
} from '@xaso/domain/contracts/evidence';
import { ACCEPTED_EVIDENCE_LABEL } from '@xaso/domain/evidence/file-type';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../http/content-disposition.ts';
import type { AppDeps } from '../../http/deps.ts';
import { fileResponse } from '../../http/openapi.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { deleteEvidence } from './use-cases/delete-evidence.ts';
import {
  listEvidence,
  openEvidenceFile,
  setEvidenceLink,
  updateCitation,
} from './use-cases/manage-evidence.ts';
import { uploadEvidence } from './use-cases/upload-evidence.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  413: errorResponseSchema,
  415: errorResponseSchema,
  409: errorResponseSchema,
  423: errorResponseSchema,
};
const tags = ['evidence'];
const communeParams = z.object({ communeId: z.uuid() });
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export function registerEvidenceRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/communes/:communeId/evidence',
    {
      schema: {
        operationId: 'listCommuneEvidence',
        summary: "List a commune's evidence library",
        tags,
        params: communeParams,
        response: { 200: evidenceListResponseSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listEvidence(ctxOf(request, deps), {
        actor: actorOf(request),
        communeId: request.params.communeId,
      }),
    }),
  );

  app.get(
    '/api/evidence/upload-limits',
    {
      schema: {
        operationId: 'getEvidenceUploadLimits',
        summary: 'Get the largest evidence file accepted',
        tags,
        description: 'Dung lượng tối đa của một tệp minh chứng, để trình duyệt từ chối trước khi gửi.',
        response: { 200: evidenceUploadLimitsSchema, ...errors },
      },
    },
    async () => ({ maxUploadBytes: deps.config.maxUploadBytes }),
  );

  app.post(
    '/api/communes/:communeId/evidence',
    {
      schema: {
        operationId: 'uploadEvidence',
        summary: "Upload a file to a commune's evidence library",
        tags,
        consumes: ['multipart/form-data'],
        description: 'Tải lên một tệp minh chứng (trường "file") kèm docNumber, docDate, issuer, summary.',
        params: communeParams,
        response: { 200: uploadEvidenceResponseSchema, ...errors },
      },
    },
    async (request) =>
      uploadEvidence(ctxOf(request, deps), {
        actor: actorOf(request),
        communeId: request.params.communeId,
        request,
        storage: deps.storage,
        maxBytes: deps.config.maxUploadBytes,
      }),
  );

  app.put(
    '/api/evidence/:id',
    {
      schema: {
        operationId: 'updateEvidenceCitation',
        summary: "Change an evidence file's citation",
        tags,
        params: idParamsSchema,
        body: citationSchema,
        response: { 200: evidenceSchema, ...errors },
      },
    },
    async (request) =>
      updateCitation(ctxOf(request, deps), {
        actor: actorOf(request),
        evidenceId: request.params.id,
        citation: request.body,
      }),
  );

  app.delete(
    '/api/evidence/:id',
    {
      schema: {
        operationId: 'deleteEvidence',
        summary: 'Delete an evidence file from the library',
        tags,
        params: idParamsSchema,
        querystring: deleteEvidenceQuerySchema,
        description:
          'Xóa một tài liệu khỏi thư viện. Tài liệu còn gắn với mục nào bị từ chối (409), trừ khi unlinkEverywhere=1.',
        response: { 200: deleteEvidenceResponseSchema, ...errors },
      },
    },
    async (request) =>
      deleteEvidence(ctxOf(request, deps), {
        actor: actorOf(request),
        evidenceId: request.params.id,
        unlinkEverywhere: request.query.unlinkEverywhere === '1',
        storage: deps.storage,
      }),
  );

  app.get(
    '/api/evidence/:id/file',
    {
      schema: {
        operationId: 'getEvidenceFile',
        summary: 'Get an evidence file',
        tags,
        params: idParamsSchema,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
        description: 'Tệp minh chứng: xem trực tiếp (PDF, ảnh) hoặc tải về (?download=1).',
        response: {
          200: fileResponse(
            `The file as uploaded (${ACCEPTED_EVIDENCE_LABEL}), with its detected media type.`,
            ['*/*'],
          ),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const file = await openEvidenceFile(ctxOf(request, deps), {
        actor: actorOf(request),
        evidenceId: request.params.id,
      });
      const inline = request.query.download !== '1' && INLINE_TYPES.has(file.mediaType);
      return reply
        .type(file.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.fileName))
        .header('x-frame-options', 'SAMEORIGIN')
        .header('content-security-policy', "frame-ancestors 'self'")
        .send(await deps.storage.read(file.storageKey));
    },
  );

  app.post(
    '/api/assessments/:id/items/:kind/:code/evidence',
    {
      schema: {
        operationId: 'linkEvidenceToItem',
        summary: 'Cite an evidence file for a criterion or indicator',
        tags,
        params: itemParamsSchema,
        body: linkEvidenceRequestSchema,
        response: { 200: saveResultResponseSchema, ...errors },
      },
    },
    async (request) => ({
      item: await setEvidenceLink(ctxOf(request, deps), {
        actor: actorOf(request),
        assessmentId: request.params.id,
        kind: request.params.kind,
        code: request.params.code,
        evidenceId: request.body.evidenceId,
        linked: true,
      }),
    }),
  );

  app.delete(
    '/api/assessments/:id/items/:kind/:code/evidence/:evidenceId',
    {
      schema: {
        operationId: 'unlinkEvidenceFromItem',
        summary: 'Stop citing an evidence file for a criterion or indicator',
        tags,
        params: itemParamsSchema.extend({ evidenceId: z.uuid() }),
        response: { 200: saveResultResponseSchema, ...errors },
      },
    },
    async (request) => ({
      item: await setEvidenceLink(ctxOf(request, deps), {
        actor: actorOf(request),
        assessmentId: request.params.id,
        kind: request.params.kind,
        code: request.params.code,
        evidenceId: request.params.evidenceId,
        linked: false,
      }),
    }),
  );
}
