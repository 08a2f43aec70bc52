import {
  changePasswordRequestSchema,
  loginRequestSchema,
  sessionResponseSchema,
} from '@xaso/domain/contracts/auth';
import { errorResponseSchema, okSchema } from '@xaso/domain/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../http/app-error.ts';
import type { AppDeps } from '../../http/deps.ts';
import { actorOf, ctxOf } from '../../http/request-context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { presentCurrentUser } from './present-current-user.ts';
import { deleteSession, loadSession, SESSION_COOKIE } from './sessions.ts';
import { changePassword } from './use-cases/change-password.ts';
import { logIn } from './use-cases/log-in.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  429: errorResponseSchema,
};

export function registerAuthRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
  };

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'logIn',
        summary: 'Sign in with a username and password',
        tags: ['auth'],
        body: loginRequestSchema,
        response: { 200: sessionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const session = await logIn(ctx, {
        credentials: request.body,
        address: request.ip,
        sessionTtlHours: deps.config.sessionTtlHours,
      });
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
      const loaded = await loadSession(deps.db, deps, session.token);
      if (!loaded) throw new AppError('UNAUTHENTICATED');
      return {
        user: await presentCurrentUser(deps.db, loaded.actor, loaded.displayName),
        csrfToken: session.csrfToken,
      };
    },
  );

  app.get(
    '/api/auth/session',
    {
      schema: {
        operationId: 'getSession',
        summary: 'Get the signed-in user and the CSRF token',
        tags: ['auth'],
        response: { 200: sessionResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const session = request.session!;
      return {
        user: await presentCurrentUser(deps.db, session.actor, session.displayName),
        csrfToken: session.csrfToken,
      };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        operationId: 'logOut',
        summary: 'Sign out, ending this session',
        tags: ['auth'],
        response: { 200: okSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const token = request.cookies[SESSION_COOKIE];
      await deps.db.transaction(async (tx) => {
        if (token) await deleteSession(tx, token);
        await recordAudit(tx, deps, {
          actorUserId: actor.id,
          action: 'session.logout',
          entityType: 'user',
          entityId: actor.id,
        });
      });
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        operationId: 'changeOwnPassword',
        summary: "Change the signed-in user's password",
        tags: ['auth'],
        body: changePasswordRequestSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await changePassword(ctxOf(request, deps), {
        actor: actorOf(request),
        sessionId: request.session!.sessionId,
        address: request.ip,
        ...request.body,
      });
      return { ok: true as const };
    },
  );
}
