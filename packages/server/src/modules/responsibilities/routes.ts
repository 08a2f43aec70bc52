import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import {
  bulkAssignRequestSchema,
  createPartnerRequestSchema,
  matrixCopyReportSchema,
  matrixResponseSchema,
  partnerSchema,
  putMatrixRequestSchema,
} from '@xaso/domain/contracts/steering';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendWorkbook, XLSX_MEDIA_TYPE as XLSX } from '../../http/content-disposition.ts';
import type { AppDeps } from '../../http/deps.ts';
import { fileResponse } from '../../http/openapi.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { exportMatrix } from './use-cases/export-matrix.ts';
import { createPartner, listPartners } from './use-cases/partners.ts';
import { getCopyReport, getMatrix } from './use-cases/read-matrix.ts';
import { bulkAssignMatrix, putMatrix } from './use-cases/save-matrix.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const changeErrors = { ...errors, 409: errorResponseSchema, 423: errorResponseSchema };
const tags = ['responsibilities'];

/**
 * The responsibility matrix of a cycle (phân công) and the area's partners: read by whoever reads cycles over
 * the area, changed by its office (`responsibility:manage`).
 */
export function registerResponsibilityRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cycles/:id/responsibilities',
    {
      schema: {
        operationId: 'getResponsibilityMatrix',
        summary: "Get a cycle's responsibility matrix",
        tags,
        description:
          'Bảng phân công của kỳ: đơn vị chủ trì, phối hợp, thành viên BCĐ chịu trách nhiệm từng tiêu chí; các tiêu chí chưa có người chịu trách nhiệm; danh sách để chọn.',
        params: idParamsSchema,
        response: { 200: matrixResponseSchema, ...errors },
      },
    },
    async (request) =>
      getMatrix(ctxOf(request, deps), { actor: actorOf(request), cycleId: request.params.id }),
  );

  app.put(
    '/api/cycles/:id/responsibilities',
    {
      schema: {
        operationId: 'putResponsibilityMatrix',
        summary: "Replace a cycle's responsibility matrix",
        tags,
        description:
          'Lưu cả bảng phân công (một dòng mỗi tiêu chí của kỳ); expectedVersion đã cũ thì trả 409 và không lưu gì.',
        params: idParamsSchema,
        body: putMatrixRequestSchema,
        response: { 200: matrixResponseSchema, ...changeErrors },
      },
    },
    async (request) =>
      putMatrix(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
        request: request.body,
      }),
  );

  app.post(
    '/api/cycles/:id/responsibilities/bulk',
    {
      schema: {
        operationId: 'bulkAssignResponsibilities',
        summary: 'Assign the same units or member to several criteria',
        tags,
        description:
          'Gán cùng một nội dung (chủ trì, phối hợp, đối tác, thành viên) cho các tiêu chí được chọn.',
        params: idParamsSchema,
        body: bulkAssignRequestSchema,
        response: { 200: matrixResponseSchema, ...changeErrors },
      },
    },
    async (request) =>
      bulkAssignMatrix(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
        request: request.body,
      }),
  );

  app.get(
    '/api/cycles/:id/responsibilities/export.xlsx',
    {
      schema: {
        operationId: 'exportResponsibilityMatrix',
        summary: 'Export the responsibility matrix to Excel',
        tags,
        description:
          'Bảng phân công theo mẫu của BCĐ: STT, tiêu chí, chủ trì, phối hợp, thành viên, chỉ tiêu năm.',
        params: idParamsSchema,
        response: { 200: fileResponse('The matrix workbook.', [XLSX]), ...errors },
      },
    },
    async (request, reply) => {
      const file = await exportMatrix(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
      });
      return sendWorkbook(reply, file);
    },
  );

  app.get(
    '/api/cycles/:id/responsibilities/copy-report',
    {
      schema: {
        operationId: 'getResponsibilityCopyReport',
        summary: 'What opening the cycle copied from the previous matrix',
        tags,
        description:
          'Khi mở kỳ, bảng phân công được sao từ kỳ trước cùng địa bàn và bộ tiêu chí: tiêu chí mới (để trống), tiêu chí bỏ, tiêu chí đổi tên.',
        params: idParamsSchema,
        response: { 200: matrixCopyReportSchema, ...errors },
      },
    },
    async (request) =>
      getCopyReport(ctxOf(request, deps), { actor: actorOf(request), cycleId: request.params.id }),
  );

  app.get(
    '/api/areas/:id/partners',
    {
      schema: {
        operationId: 'listPartners',
        summary: "List an area's partner organisations",
        tags,
        description:
          'Các tổ chức bên ngoài (doanh nghiệp viễn thông, ngân hàng, bệnh viện…) phối hợp thực hiện tiêu chí.',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(partnerSchema) }), ...errors },
      },
    },
    async (request) => ({
      items: await listPartners(ctxOf(request, deps), { actor: actorOf(request), areaId: request.params.id }),
    }),
  );

  app.post(
    '/api/areas/:id/partners',
    {
      schema: {
        operationId: 'createPartner',
        summary: 'Add a partner organisation to an area',
        tags,
        description: 'Thêm một tổ chức phối hợp (chỉ có tên, không có tài khoản).',
        params: idParamsSchema,
        body: createPartnerRequestSchema,
        response: { 200: partnerSchema, ...errors },
      },
    },
    async (request) =>
      createPartner(ctxOf(request, deps), {
        actor: actorOf(request),
        areaId: request.params.id,
        name: request.body.name,
      }),
  );
}
