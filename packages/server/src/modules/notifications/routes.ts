import { errorResponseSchema } from '@xaso/domain/contracts/common';
import {
  markReadRequestSchema,
  notificationListQuerySchema,
  notificationListResponseSchema,
  unreadCountResponseSchema,
} from '@xaso/domain/contracts/steering';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { listNotifications, markRead, unreadCount } from './use-cases/read-notifications.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const tags = ['notifications'];

/** Everyone signed in has notifications; each sees and marks only their own. */
export function registerNotificationRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        summary: "List the signed-in user's notifications, newest first",
        tags,
        querystring: notificationListQuerySchema,
        response: { 200: notificationListResponseSchema, ...errors },
      },
    },
    async (request) => listNotifications(ctxOf(request, deps), actorOf(request), request.query),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      schema: {
        operationId: 'getUnreadNotificationCount',
        summary: "Count the signed-in user's unread notifications",
        tags,
        response: { 200: unreadCountResponseSchema, ...errors },
      },
    },
    async (request) => ({ unreadCount: await unreadCount(ctxOf(request, deps), actorOf(request)) }),
  );

  app.post(
    '/api/notifications/read',
    {
      schema: {
        operationId: 'markNotificationsRead',
        summary: "Mark some or all of the signed-in user's notifications read",
        description:
          'Đánh dấu đã đọc các thông báo theo id, hoặc tất cả ({"all": true}). Id không phải của người dùng bị bỏ qua.',
        tags,
        body: markReadRequestSchema,
        response: { 200: unreadCountResponseSchema, ...errors },
      },
    },
    async (request) => ({
      unreadCount: await markRead(ctxOf(request, deps), actorOf(request), request.body),
    }),
  );
}
