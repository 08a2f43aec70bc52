import {
  assessmentListResponseSchema,
  conflictResponseSchema,
  earlyRegistrationRequestSchema,
  itemParamsSchema,
  reopenRequestSchema,
  resultInputSchema,
  saveResultResponseSchema,
  workspaceSchema,
} from '@xaso/domain/contracts/assessments';
import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { changeStatus } from './use-cases/change-status.ts';
import { listAssessments } from './use-cases/list-assessments.ts';
import { openWorkspace } from './use-cases/open-workspace.ts';
import { registerEarly } from './use-cases/register-early.ts';
import { saveResult } from './use-cases/save-result.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  423: errorResponseSchema,
};
const tags = ['assessments'];

export function registerAssessmentRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cycles/:id/assessments',
    {
      schema: {
        operationId: 'listCycleAssessments',
        summary: "List the communes' assessments in a cycle",
        tags,
        params: idParamsSchema,
        response: { 200: assessmentListResponseSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listAssessments(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
      }),
    }),
  );

  app.post(
    '/api/cycles/:id/registrations',
    {
      schema: {
        operationId: 'registerEarly',
        summary: 'Register criteria early in a year the commune is not assigned',
        tags,
        description:
          'Xã chưa được giao trong năm đăng ký sớm một số tiêu chí không phụ thuộc (Điều 3); gửi lại để thay danh sách.',
        params: idParamsSchema,
        body: earlyRegistrationRequestSchema,
        response: { 200: workspaceSchema, ...errors },
      },
    },
    async (request) =>
      registerEarly(ctxOf(request, deps), {
        actor: actorOf(request),
        cycleId: request.params.id,
        request: request.body,
      }),
  );

  app.get(
    '/api/cycles/:cycleId/communes/:communeId/workspace',
    {
      schema: {
        operationId: 'getAssessmentWorkspace',
        summary: "Open a commune's assessment in a cycle",
        tags,
        params: z.object({ cycleId: z.uuid(), communeId: z.uuid() }),
        response: { 200: workspaceSchema, ...errors },
      },
    },
    async (request) => openWorkspace(ctxOf(request, deps), { actor: actorOf(request), ...request.params }),
  );

  app.put(
    '/api/assessments/:id/items/:kind/:code',
    {
      schema: {
        operationId: 'saveItemResult',
        summary: 'Save the result of one criterion or indicator',
        tags,
        description:
          'Lưu kết quả một tiêu chí/chỉ số. 409 kèm giá trị người khác vừa lưu khi expectedVersion đã cũ.',
        params: itemParamsSchema,
        body: resultInputSchema,
        response: {
          200: saveResultResponseSchema,
          ...errors,
          409: z.union([conflictResponseSchema, errorResponseSchema]),
        },
      },
    },
    async (request) => ({
      item: await saveResult(ctxOf(request, deps), {
        actor: actorOf(request),
        assessmentId: request.params.id,
        kind: request.params.kind,
        code: request.params.code,
        input: request.body,
      }),
    }),
  );

  for (const action of ['submit', 'withdraw'] as const) {
    app.post(
      `/api/assessments/:id/${action}`,
      {
        schema: {
          operationId: `${action}Assessment`,
          summary: action === 'submit' ? 'Submit an assessment' : 'Withdraw a submitted assessment',
          tags,
          params: idParamsSchema,
          response: { 200: workspaceSchema, ...errors },
        },
      },
      async (request) =>
        changeStatus(ctxOf(request, deps), {
          actor: actorOf(request),
          assessmentId: request.params.id,
          action,
        }),
    );
  }

  app.post(
    '/api/assessments/:id/reopen',
    {
      schema: {
        operationId: 'reopenAssessment',
        summary: 'Reopen an assessment until a date',
        tags,
        params: idParamsSchema,
        body: reopenRequestSchema,
        response: { 200: workspaceSchema, ...errors },
      },
    },
    async (request) =>
      changeStatus(ctxOf(request, deps), {
        actor: actorOf(request),
        assessmentId: request.params.id,
        action: 'reopen',
        until: request.body.until,
      }),
  );
}
