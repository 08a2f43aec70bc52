import { errorResponseSchema } from '@xaso/domain/contracts/common';
import {
  evaluateRequestSchema,
  evaluateResponseSchema,
  frameworkDetailSchema,
  frameworkImportResponseSchema,
  frameworkListResponseSchema,
  frameworkParamsSchema,
  frameworkVersionQuerySchema,
} from '@xaso/domain/contracts/frameworks';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../http/content-disposition.ts';
import type { AppDeps } from '../../http/deps.ts';
import { fileResponse } from '../../http/openapi.ts';
import { readSmallUpload } from '../../http/read-upload.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { listFrameworkSummaries, loadFrameworkDetail } from './load-versions.ts';
import { buildFrameworkTemplate } from './parse/build-template.ts';
import { IMPORT_LIMITS } from './parse/import-limits.ts';
import { frameworkPolicy } from './policy.ts';
import { evaluateResults } from './use-cases/evaluate-results.ts';
import { importFramework } from './use-cases/import-framework.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const tags = ['frameworks'];
const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerFrameworkRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/frameworks',
    {
      schema: {
        operationId: 'listFrameworks',
        summary: 'List criteria sets and indexes',
        tags,
        response: { 200: frameworkListResponseSchema, ...errors },
      },
    },
    async (request) => {
      frameworkPolicy.assertCanRead(actorOf(request));
      return { items: await listFrameworkSummaries(deps.db) };
    },
  );

  app.get(
    '/api/frameworks/template.xlsx',
    {
      schema: {
        operationId: 'downloadFrameworkTemplate',
        summary: 'Download the Excel template for importing a framework',
        tags,
        description: 'Mẫu Excel để nhập một bộ tiêu chí/chỉ số (một dòng mỗi mục).',
        response: { 200: fileResponse('The template workbook.', [XLSX_MEDIA_TYPE]), ...errors },
      },
    },
    async (request, reply) => {
      frameworkPolicy.assertCanRead(actorOf(request));
      const bytes = await buildFrameworkTemplate();
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', 'mẫu-bộ-tiêu-chí.xlsx'))
        .send(bytes);
    },
  );

  app.get(
    '/api/frameworks/:id',
    {
      schema: {
        operationId: 'getFramework',
        summary: 'Get a framework version with its items',
        tags,
        params: frameworkParamsSchema,
        querystring: frameworkVersionQuerySchema,
        response: { 200: frameworkDetailSchema, ...errors },
      },
    },
    async (request) => {
      frameworkPolicy.assertCanRead(actorOf(request));
      return loadFrameworkDetail(deps.db, request.params.id, request.query.version);
    },
  );

  for (const [url, dryRun] of [
    ['/api/frameworks/validate', true],
    ['/api/frameworks', false],
  ] as const) {
    app.post(
      url,
      {
        schema: {
          operationId: dryRun ? 'validateFrameworkFile' : 'importFramework',
          summary: dryRun
            ? 'Check a framework file (YAML or Excel) without importing it'
            : 'Import a framework file (YAML or Excel)',
          tags,
          consumes: ['multipart/form-data'],
          description: dryRun
            ? 'Kiểm tra một tệp YAML hoặc Excel mà không nhập.'
            : 'Nhập một tệp YAML hoặc Excel; nội dung đã có thì không đổi, nội dung mới thành phiên bản mới.',
          response: {
            200: frameworkImportResponseSchema,
            413: errorResponseSchema,
            415: errorResponseSchema,
            422: errorResponseSchema,
            503: errorResponseSchema,
            ...errors,
          },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        frameworkPolicy.assertCanManage(actor);
        const upload = await readSmallUpload(request, IMPORT_LIMITS.fileBytes);
        return importFramework(ctxOf(request, deps), { actor, ...upload, dryRun });
      },
    );
  }

  app.post(
    '/api/frameworks/:id/evaluate',
    {
      schema: {
        operationId: 'evaluateFramework',
        summary: 'Score raw figures against a framework',
        tags,
        params: frameworkParamsSchema,
        body: evaluateRequestSchema,
        response: { 200: evaluateResponseSchema, ...errors },
      },
    },
    async (request) => {
      frameworkPolicy.assertCanRead(actorOf(request));
      return evaluateResults(deps.db, { frameworkId: request.params.id, ...request.body });
    },
  );
}
