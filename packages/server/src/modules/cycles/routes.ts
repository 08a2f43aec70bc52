import { errorResponseSchema, idParamsSchema, okSchema } from '@xaso/domain/contracts/common';
import {
  closeCycleRequestSchema,
  createCycleRequestSchema,
  cycleConflictResponseSchema,
  cycleListResponseSchema,
  cycleSchema,
  reopenCommunesRequestSchema,
  reopenCommunesResponseSchema,
  updateCycleRequestSchema,
} from '@xaso/domain/contracts/cycles';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { closeCycle } from './use-cases/close-cycle.ts';
import { createCycle } from './use-cases/create-cycle.ts';
import { deleteCycle } from './use-cases/delete-cycle.ts';
import { getCycle, listCycles } from './use-cases/read-cycles.ts';
import { reopenCommunes } from './use-cases/reopen-communes.ts';
import { updateCycle } from './use-cases/update-cycle.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const changeErrors = {
  ...errors,
  409: z.union([cycleConflictResponseSchema, errorResponseSchema]),
  423: errorResponseSchema,
};
const tags = ['cycles'];

export function registerCycleRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cycles',
    {
      schema: {
        operationId: 'listCycles',
        summary: 'List assessment cycles',
        tags,
        response: { 200: cycleListResponseSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listCycles(ctxOf(request, deps), { actor: actorOf(request) }),
    }),
  );

  app.post(
    '/api/cycles',
    {
      schema: {
        operationId: 'createCycle',
        summary: 'Open an assessment cycle',
        tags,
        body: createCycleRequestSchema,
        response: { 200: cycleSchema, ...errors },
      },
    },
    async (request) => createCycle(ctxOf(request, deps), { actor: actorOf(request), request: request.body }),
  );

  app.get(
    '/api/cycles/:id',
    {
      schema: {
        operationId: 'getCycle',
        summary: 'Get an assessment cycle',
        tags,
        params: idParamsSchema,
        response: { 200: cycleSchema, ...errors },
      },
    },
    async (request) =>
      (await getCycle(ctxOf(request, deps), { actor: actorOf(request), cycleId: request.params.id })).cycle,
  );

  app.put(
    '/api/cycles/:id',
    {
      schema: {
        operationId: 'updateCycle',
        summary: 'Change an open cycle',
        tags,
        description:
          'Sửa kỳ đang mở (tên đợt, hạn, xã, tiêu chí không áp dụng). 409 kèm những gì người khác vừa đổi khi expectedVersion đã cũ.',
        params: idParamsSchema,
        body: updateCycleRequestSchema,
        response: { 200: cycleSchema, ...changeErrors },
      },
    },
    async (request) =>
      updateCycle(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
        request: request.body,
      }),
  );

  app.post(
    '/api/cycles/:id/reopen',
    {
      schema: {
        operationId: 'reopenCycleCommunes',
        summary: 'Reopen several communes until a date',
        tags,
        description: 'Mở lại cho nhiều xã cùng lúc (kể cả xã chưa bắt đầu) đến một ngày từ hôm nay trở đi.',
        params: idParamsSchema,
        body: reopenCommunesRequestSchema,
        response: { 200: reopenCommunesResponseSchema, ...changeErrors },
      },
    },
    async (request) => ({
      reopened: await reopenCommunes(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
        request: request.body,
      }),
    }),
  );

  app.post(
    '/api/cycles/:id/close',
    {
      schema: {
        operationId: 'closeCycle',
        summary: 'Close a cycle',
        tags,
        description: 'Đóng kỳ: không ai thay đổi được nữa, mọi dữ liệu vẫn xem được.',
        params: idParamsSchema,
        body: closeCycleRequestSchema,
        response: { 200: cycleSchema, ...changeErrors },
      },
    },
    async (request) =>
      closeCycle(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
        expectedVersion: request.body.expectedVersion,
      }),
  );

  app.delete(
    '/api/cycles/:id',
    {
      schema: {
        operationId: 'deleteCycle',
        summary: 'Delete a cycle opened by mistake',
        tags,
        description: 'Xóa kỳ mở nhầm: chỉ khi chưa xã nào có kết quả, minh chứng, văn bản hay bản đã gửi.',
        params: idParamsSchema,
        response: { 200: okSchema, ...changeErrors },
      },
    },
    async (request) => {
      await deleteCycle(ctxOf(request, deps), { actor: actorOf(request), cycleId: request.params.id });
      return { ok: true as const };
    },
  );
}
