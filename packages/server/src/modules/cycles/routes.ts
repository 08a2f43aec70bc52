import { errorResponseSchema, idParamsSchema } from '@xaso/domain/contracts/common';
import {
  createCycleRequestSchema,
  cycleListResponseSchema,
  cycleSchema,
} from '@xaso/domain/contracts/cycles';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { createCycle } from './use-cases/create-cycle.ts';
import { getCycle, listCycles } from './use-cases/read-cycles.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const tags = ['cycles'];

export function registerCycleRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cycles',
    { schema: { tags, response: { 200: cycleListResponseSchema, ...errors } } },
    async (request) => ({
      items: await listCycles(ctxOf(request, deps), { actor: actorOf(request) }),
    }),
  );

  app.post(
    '/api/cycles',
    { schema: { tags, body: createCycleRequestSchema, response: { 200: cycleSchema, ...errors } } },
    async (request) => createCycle(ctxOf(request, deps), { actor: actorOf(request), request: request.body }),
  );

  app.get(
    '/api/cycles/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: cycleSchema, ...errors } } },
    async (request) =>
      (await getCycle(ctxOf(request, deps), { actor: actorOf(request), cycleId: request.params.id })).cycle,
  );
}
