import { errorResponseSchema, idParamsSchema, okSchema } from '@xaso/domain/contracts/common';
import {
  createUserRequestSchema,
  resetPasswordRequestSchema,
  setActiveRequestSchema,
  setEmailRequestSchema,
  setRolesRequestSchema,
  userListQuerySchema,
  userListResponseSchema,
  userSchema,
} from '@xaso/domain/contracts/users';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { createUser } from './use-cases/create-user.ts';
import { listUsers } from './use-cases/list-users.ts';
import { resetPassword, setActive, setEmail, setRoles } from './use-cases/manage-user.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

export function registerUserRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  app.get(
    '/api/users',
    {
      schema: {
        operationId: 'listUsers',
        summary: 'List user accounts',
        tags,
        querystring: userListQuerySchema,
        response: { 200: userListResponseSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listUsers(ctxOf(request, deps), { actor: actorOf(request), q: request.query.q }),
    }),
  );

  app.post(
    '/api/users',
    {
      schema: {
        operationId: 'createUser',
        summary: 'Create a user account',
        tags,
        body: createUserRequestSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => createUser(ctxOf(request, deps), { actor: actorOf(request), request: request.body }),
  );

  app.post(
    '/api/users/:id/password',
    {
      schema: {
        operationId: 'resetUserPassword',
        summary: "Reset a user's password",
        tags,
        params: idParamsSchema,
        body: resetPasswordRequestSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await resetPassword(ctxOf(request, deps), {
        actor: actorOf(request),
        userId: request.params.id,
        password: request.body.password,
      });
      return { ok: true as const };
    },
  );

  app.put(
    '/api/users/:id/roles',
    {
      schema: {
        operationId: 'setUserRoles',
        summary: "Replace a user's roles",
        tags,
        params: idParamsSchema,
        body: setRolesRequestSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) =>
      setRoles(ctxOf(request, deps), {
        actor: actorOf(request),
        userId: request.params.id,
        roles: request.body.roles,
      }),
  );

  app.put(
    '/api/users/:id/email',
    {
      schema: {
        operationId: 'setUserEmail',
        summary: "Set or remove a user's e-mail address for notifications",
        tags,
        params: idParamsSchema,
        body: setEmailRequestSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) =>
      setEmail(ctxOf(request, deps), {
        actor: actorOf(request),
        userId: request.params.id,
        email: request.body.email,
      }),
  );

  app.put(
    '/api/users/:id/active',
    {
      schema: {
        operationId: 'setUserActive',
        summary: 'Activate or deactivate a user account',
        tags,
        params: idParamsSchema,
        body: setActiveRequestSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) =>
      setActive(ctxOf(request, deps), {
        actor: actorOf(request),
        userId: request.params.id,
        active: request.body.active,
      }),
  );
}
