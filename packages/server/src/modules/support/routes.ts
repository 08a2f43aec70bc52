import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import {
  createCommentRequestSchema,
  createSupportRequestSchema,
  supportCommentSchema,
  supportEventRequestSchema,
  supportRequestListQuerySchema,
  supportRequestListResponseSchema,
  supportRequestSchema,
} from '@xaso/domain/contracts/steering';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { addComment } from './use-cases/add-comment.ts';
import { applyEvent } from './use-cases/apply-event.ts';
import { getRequest } from './use-cases/get-request.ts';
import { listRequests } from './use-cases/list-requests.ts';
import { sendRequest } from './use-cases/send-request.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const tags = ['support-requests'];

export function registerSupportRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/support-requests',
    {
      schema: {
        operationId: 'sendSupportRequest',
        summary: 'Send a support request for one of the commune’s criteria',
        description:
          'Xã gửi đề nghị hỗ trợ một tiêu chí xã đánh giá là cần hỗ trợ, tới thành viên BCĐ phụ trách (đồng gửi cơ quan thường trực).',
        tags,
        body: createSupportRequestSchema,
        response: { 200: supportRequestSchema, ...errors },
      },
    },
    async (request) => sendRequest(ctxOf(request, deps), { actor: actorOf(request), request: request.body }),
  );

  app.get(
    '/api/support-requests',
    {
      schema: {
        operationId: 'listSupportRequests',
        summary: 'List the support requests the signed-in user is party to, oldest first',
        tags,
        querystring: supportRequestListQuerySchema,
        response: { 200: supportRequestListResponseSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listRequests(ctxOf(request, deps), { actor: actorOf(request), query: request.query }),
    }),
  );

  app.get(
    '/api/support-requests/:id',
    {
      schema: {
        operationId: 'getSupportRequest',
        summary: 'Get a support request with its plan, history and comments',
        tags,
        params: idParamsSchema,
        response: { 200: supportRequestSchema, ...errors },
      },
    },
    async (request) => getRequest(ctxOf(request, deps), { actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/api/support-requests/:id/events',
    {
      schema: {
        operationId: 'applySupportRequestEvent',
        summary: 'Answer, submit or decide on the plan, or close a support request',
        description:
          'Một bước của đề nghị: trả lời, trình phương án, duyệt hoặc trả lại phương án (Trưởng BCĐ), đóng. expectedVersion cũ → 409.',
        tags,
        params: idParamsSchema,
        body: supportEventRequestSchema,
        response: { 200: supportRequestSchema, ...errors },
      },
    },
    async (request) =>
      applyEvent(ctxOf(request, deps), {
        actor: actorOf(request),
        id: request.params.id,
        body: request.body,
      }),
  );

  app.post(
    '/api/support-requests/:id/comments',
    {
      schema: {
        operationId: 'addSupportRequestComment',
        summary: 'Add a comment to a support request’s thread',
        tags,
        params: idParamsSchema,
        body: createCommentRequestSchema,
        response: { 200: supportCommentSchema, ...errors },
      },
    },
    async (request) =>
      addComment(ctxOf(request, deps), {
        actor: actorOf(request),
        id: request.params.id,
        body: request.body.body,
      }),
  );
}
