import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, Ctx } from '../context.ts';
import type { Db } from '../db/client.ts';
import { type LoadedSession, loadSession, SESSION_COOKIE } from '../modules/auth/sessions.ts';
import { AppError } from './app-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, docs). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** What a request to a route must carry: nothing, the session cookie, or the cookie and the CSRF header. */
export type RouteCredentials = 'none' | 'session' | 'session-and-csrf';

/**
 * The one rule the session hook below enforces, exported so the API description (openapi.ts) declares each
 * route's security from it instead of from a hand-kept list.
 */
export function credentialsFor(
  route: string,
  method: string,
  config: { public?: boolean },
): RouteCredentials {
  // The API documentation is public, as the routes it describes still check every request.
  const isDocs = route === '/api/docs' || route.startsWith('/api/docs/');
  if (!route.startsWith('/api/') || config.public || isDocs) return 'none';
  return SAFE_METHODS.has(method) ? 'session' : 'session-and-csrf';
}

/**
 * Loads the session of every /api request and enforces: a session on non-public routes, and on every
 * state-changing request the CSRF token the session was issued with (double submit through a header that a
 * cross-site form cannot set).
 */
export function installSessionHooks(app: FastifyInstance, deps: { db: Db; now: () => Date }): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    // Decided from the route the router matched, never from the raw URL: the router decodes the path, so
    // /%61pi/auth/session reaches the /api/auth/session handler and must meet the same checks.
    const route = request.routeOptions.url;
    if (request.is404 || route === undefined || !route.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await loadSession(deps.db, deps, token) : null;
    const needs = credentialsFor(route, request.method, request.routeOptions.config);
    if (needs === 'none') return;
    if (!request.session) throw new AppError('UNAUTHENTICATED');
    if (needs === 'session-and-csrf' && request.headers[CSRF_HEADER] !== request.session.csrfToken) {
      throw new AppError('CSRF_FAILED');
    }
  });
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.session) throw new AppError('UNAUTHENTICATED');
  return request.session.actor;
}

export function ctxOf(request: FastifyRequest, deps: { db: Db; now: () => Date }): Ctx {
  return { db: deps.db, now: deps.now, log: request.log };
}
