import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import { classificationQuerySchema, classificationResponseSchema } from '@xaso/domain/contracts/steering';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendWorkbook, XLSX_MEDIA_TYPE as XLSX } from '../../http/content-disposition.ts';
import type { AppDeps } from '../../http/deps.ts';
import { fileResponse } from '../../http/openapi.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { exportClassification } from './use-cases/export-classification.ts';
import { getClassification } from './use-cases/read-classification.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const tags = ['classification'];

/** The communes' classification of a cycle's criteria: for the office and the committee head (`classification:read`). */
export function registerClassificationRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cycles/:id/classification',
    {
      schema: {
        operationId: 'getClassification',
        summary: "Get the communes' classification of a cycle's criteria",
        tags,
        description:
          'Tổng hợp phân loại tiêu chí tự hoàn thành / cần hỗ trợ của các xã trong kỳ; lọc theo xã, tiêu chí, loại. Số đếm tính trên cả bảng.',
        params: idParamsSchema,
        querystring: classificationQuerySchema,
        response: { 200: classificationResponseSchema, ...errors },
      },
    },
    async (request) =>
      getClassification(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
        filter: request.query,
      }),
  );

  app.get(
    '/api/cycles/:id/classification/export.xlsx',
    {
      schema: {
        operationId: 'exportClassification',
        summary: 'Export the classification to Excel',
        tags,
        description:
          'Bảng xã × tiêu chí kèm số đếm, và danh sách tiêu chí cần hỗ trợ, để báo cáo Trưởng BCĐ.',
        params: idParamsSchema,
        response: { 200: fileResponse('The classification workbook.', [XLSX]), ...errors },
      },
    },
    async (request, reply) => {
      const file = await exportClassification(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
      });
      return sendWorkbook(reply, file);
    },
  );
}
