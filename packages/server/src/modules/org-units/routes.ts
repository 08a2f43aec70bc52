import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import {
  orgUnitDetailSchema,
  orgUnitListQuerySchema,
  orgUnitListResponseSchema,
} from '@xaso/domain/contracts/org-units';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { getOrgUnit } from './use-cases/get-org-unit.ts';
import { listOrgUnits } from './use-cases/list-org-units.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };

export function registerOrgUnitRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/org-units',
    {
      schema: {
        operationId: 'listOrgUnits',
        summary: 'List the administrative units the caller may see',
        tags: ['org-units'],
        querystring: orgUnitListQuerySchema,
        response: { 200: orgUnitListResponseSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listOrgUnits(ctxOf(request, deps), { actor: actorOf(request), ...request.query }),
    }),
  );

  app.get(
    '/api/org-units/:id',
    {
      schema: {
        operationId: 'getOrgUnit',
        summary: 'Get an administrative unit',
        tags: ['org-units'],
        params: idParamsSchema,
        response: { 200: orgUnitDetailSchema, ...errors },
      },
    },
    async (request) => getOrgUnit(ctxOf(request, deps), { actor: actorOf(request), id: request.params.id }),
  );
}
