import {
  auditEventSchema,
  auditListQuerySchema,
  auditListResponseSchema,
} from '@xaso/domain/contracts/audit';
import { errorResponseSchema } from '@xaso/domain/contracts/common';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditEvents, users } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf } from '../../http/request-context.ts';
import { scopeFor } from '../auth/scope.ts';

export function registerAuditRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/audit-events',
    {
      schema: {
        operationId: 'listAuditEvents',
        summary: 'List audit events, newest first',
        tags: ['audit'],
        querystring: auditListQuerySchema,
        response: { 200: auditListResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      if (scopeFor(actorOf(request), 'audit:read').length === 0) throw new AppError('FORBIDDEN');
      const { action, entityId, limit, offset } = request.query;
      const filters: SQL[] = [];
      if (action) filters.push(eq(auditEvents.action, action));
      if (entityId) filters.push(eq(auditEvents.entityId, entityId));
      const where = filters.length ? and(...filters) : undefined;
      const [rows, [total]] = await Promise.all([
        deps.db
          .select({ event: auditEvents, username: users.username })
          .from(auditEvents)
          .leftJoin(users, eq(users.id, auditEvents.actorUserId))
          .where(where)
          .orderBy(desc(auditEvents.id))
          .limit(limit)
          .offset(offset),
        deps.db.select({ n: count() }).from(auditEvents).where(where),
      ]);
      return {
        total: total?.n ?? 0,
        items: rows.map((r) =>
          auditEventSchema.parse({
            id: String(r.event.id),
            at: r.event.at.toISOString(),
            actor:
              r.event.actorUserId && r.username ? { id: r.event.actorUserId, username: r.username } : null,
            action: r.event.action,
            entityType: r.event.entityType,
            entityId: r.event.entityId,
            payload: r.event.payload,
          }),
        ),
      };
    },
  );
}
