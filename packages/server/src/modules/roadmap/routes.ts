import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import {
  cycleProposalQuerySchema,
  cycleProposalResponseSchema,
  putRoadmapRequestSchema,
  roadmapImportFailedSchema,
  roadmapImportResponseSchema,
  roadmapResponseSchema,
  setCommuneYearRequestSchema,
} from '@xaso/domain/contracts/steering';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendWorkbook, XLSX_MEDIA_TYPE as XLSX } from '../../http/content-disposition.ts';
import type { AppDeps } from '../../http/deps.ts';
import { fileResponse } from '../../http/openapi.ts';
import { readSmallUpload } from '../../http/read-upload.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { areaFor } from './area.ts';
import { ROADMAP_IMPORT_LIMITS } from './import-limits.ts';
import { getCycleProposal, getRoadmap } from './use-cases/read-roadmap.ts';
import { importRoadmap, roadmapTemplate } from './use-cases/roadmap-excel.ts';
import { putCommuneYear, putRoadmap } from './use-cases/save-roadmap.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const changeErrors = { ...errors, 409: errorResponseSchema };
const tags = ['roadmap'];
const communeParamsSchema = z.object({
  id: z.uuid({ message: 'Mã không hợp lệ.' }),
  communeId: z.uuid({ message: 'Mã không hợp lệ.' }),
});

/** The area's roadmap (lộ trình): read by whoever reads its cycles, kept by its office (`roadmap:manage`). */
export function registerRoadmapRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/areas/:id/roadmap',
    {
      schema: {
        operationId: 'getRoadmap',
        summary: "Get an area's roadmap as a year-by-commune table",
        tags,
        description:
          'Lộ trình hoàn thành chuyển đổi số của các xã trong địa bàn (huyện, hoặc tỉnh từ 7/2025).',
        params: idParamsSchema,
        response: { 200: roadmapResponseSchema, ...errors },
      },
    },
    async (request) =>
      getRoadmap(ctxOf(request, deps), { actor: actorOf(request), areaId: request.params.id }),
  );

  app.put(
    '/api/areas/:id/roadmap',
    {
      schema: {
        operationId: 'putRoadmap',
        summary: "Replace an area's roadmap",
        tags,
        description: 'Lưu cả bảng lộ trình; expectedVersion đã cũ thì trả 409 và không lưu gì.',
        params: idParamsSchema,
        body: putRoadmapRequestSchema,
        response: { 200: roadmapResponseSchema, ...changeErrors },
      },
    },
    async (request) =>
      putRoadmap(ctxOf(request, deps), {
        actor: actorOf(request),
        areaId: request.params.id,
        request: request.body,
      }),
  );

  app.put(
    '/api/areas/:id/roadmap/communes/:communeId',
    {
      schema: {
        operationId: 'setRoadmapCommuneYear',
        summary: "Set one commune's year in the roadmap",
        tags,
        description: 'Đặt năm hoàn thành của một xã (null: bỏ xã khỏi lộ trình).',
        params: communeParamsSchema,
        body: setCommuneYearRequestSchema,
        response: { 200: roadmapResponseSchema, ...changeErrors },
      },
    },
    async (request) =>
      putCommuneYear(ctxOf(request, deps), {
        actor: actorOf(request),
        areaId: request.params.id,
        communeId: request.params.communeId,
        year: request.body.year,
        expectedVersion: request.body.expectedVersion,
      }),
  );

  app.get(
    '/api/areas/:id/roadmap/template.xlsx',
    {
      schema: {
        operationId: 'downloadRoadmapTemplate',
        summary: 'Download the roadmap as an Excel template',
        tags,
        description:
          'Mẫu Excel: các xã của địa bàn và các năm, đánh dấu x vào năm của từng xã như bảng hiện có.',
        params: idParamsSchema,
        response: { 200: fileResponse('The roadmap workbook.', [XLSX]), ...errors },
      },
    },
    async (request, reply) => {
      const file = await roadmapTemplate(ctxOf(request, deps), {
        actor: actorOf(request),
        areaId: request.params.id,
      });
      return sendWorkbook(reply, file);
    },
  );

  app.post(
    '/api/areas/:id/roadmap/import',
    {
      schema: {
        operationId: 'importRoadmap',
        summary: 'Import the roadmap from the Excel template',
        tags,
        consumes: ['multipart/form-data'],
        description:
          'Nhập lộ trình từ mẫu Excel (trường "file"): thay cả lộ trình. Một ô sai thì không nhập gì và trả 422 kèm mọi ô sai.',
        params: idParamsSchema,
        response: {
          200: roadmapImportResponseSchema,
          413: errorResponseSchema,
          415: errorResponseSchema,
          422: roadmapImportFailedSchema,
          ...changeErrors,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const ctx = ctxOf(request, deps);
      // Who may import is settled before the upload is read.
      await areaFor(ctx.db, actor, request.params.id, 'roadmap:manage');
      const upload = await readSmallUpload(request, ROADMAP_IMPORT_LIMITS.fileBytes);
      return importRoadmap(ctx, { actor, areaId: request.params.id, ...upload });
    },
  );

  app.get(
    '/api/areas/:id/roadmap/proposal',
    {
      schema: {
        operationId: 'getCycleProposal',
        summary: 'Communes the roadmap proposes for a cycle of a year',
        tags,
        description:
          'Các xã lộ trình đề xuất khi mở kỳ năm đó: xã của năm (chọn sẵn), xã năm trước chưa được công nhận (gợi ý).',
        params: idParamsSchema,
        querystring: cycleProposalQuerySchema,
        response: { 200: cycleProposalResponseSchema, ...errors },
      },
    },
    async (request) =>
      getCycleProposal(ctxOf(request, deps), {
        actor: actorOf(request),
        areaId: request.params.id,
        year: request.query.year,
      }),
  );
}
