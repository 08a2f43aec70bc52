import fastifySwagger, { type SwaggerTransform } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { errorResponseSchema } from '@xaso/domain/contracts/common';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../modules/auth/sessions.ts';
import { CSRF_HEADER, credentialsFor } from './request-context.ts';
import { docsCsp } from './security-headers.ts';

/** Names of the two security schemes in the document (what generated clients call them). */
export const SECURITY_SCHEMES = { session: 'sessionCookie', csrf: 'csrfToken' } as const;

/** The groups operations are listed under, in the order the docs page shows them. */
const TAGS = [
  { name: 'health', description: 'Liveness probe for load balancers and monitors.' },
  { name: 'auth', description: 'Sign in and out, the current session and its CSRF token, own password.' },
  { name: 'org-units', description: 'Administrative units (province, commune) visible to the caller.' },
  { name: 'users', description: 'Accounts and their roles, managed by administrators.' },
  { name: 'audit', description: 'Who changed what, and when.' },
  { name: 'frameworks', description: 'Criteria sets and indexes: list, read, import, score.' },
  { name: 'cycles', description: 'Assessment cycles: a year, a framework, the communes that take part.' },
  {
    name: 'assessments',
    description: "A commune's self-assessment within a cycle: results, submit, reopen.",
  },
  { name: 'evidence', description: "A commune's evidence library and the items each file supports." },
  { name: 'documents', description: 'Word, Excel and PDF reports generated from an assessment.' },
];

/**
 * Registers the OpenAPI description (always: `npm run lint:api` reads it through `app.swagger()`) and, when
 * API_DOCS is public (the default outside production), the docs page at /api/docs with the document at
 * /api/docs/json.
 *
 * Version 3.1, not 3.0: zod writes JSON Schema 2020-12, which is what OpenAPI 3.1 schemas are, so nothing is
 * translated. OpenAPI 3.0 has no `null` type; its `nullable: true` only applies next to a `type`, so a
 * nullable union (a rule that is one of several shapes, or absent) cannot be written in 3.0 without
 * rewriting the schema, and that is where the description failed 3.0 tools. Redocly, openapi-typescript and
 * Swagger UI read 3.1; an integrator's generator that reads only 3.0 is the cost.
 */
export async function registerOpenApi(
  app: FastifyInstance,
  options: { apiDocs: 'public' | 'off' | undefined; production: boolean },
): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Xã Số API',
        version: '0.1.0',
        description:
          'API of Xã Số, the platform where communes assess themselves against digital-transformation criteria ' +
          'and indexes. Messages and operation descriptions are in Vietnamese, as the product is. ' +
          `Sign in with POST /api/auth/login: the answer sets the \`${SESSION_COOKIE}\` cookie and carries ` +
          `\`csrfToken\`, which every POST, PUT and DELETE must send back in the \`${CSRF_HEADER}\` header.`,
      },
      servers: [
        { url: '/', description: 'The server that publishes this document (same origin as the web app).' },
      ],
      tags: TAGS,
      components: {
        securitySchemes: {
          [SECURITY_SCHEMES.session]: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Session token set by POST /api/auth/login (HttpOnly; SameSite=Lax).',
          },
          [SECURITY_SCHEMES.csrf]: {
            type: 'apiKey',
            in: 'header',
            name: CSRF_HEADER,
            description: 'The `csrfToken` of the session (from login or GET /api/auth/session).',
          },
        },
      },
      // The strictest requirement is the default; every operation states its own (see securityOf).
      security: [{ [SECURITY_SCHEMES.session]: [], [SECURITY_SCHEMES.csrf]: [] }],
    },
    transform: describeRoute,
  });
  if ((options.apiDocs ?? (options.production ? 'off' : 'public')) === 'public') {
    await app.register(fastifySwaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list', validatorUrl: null },
      staticCSP: true,
      transformStaticCSP: docsCsp(options.production),
    });
  }
}

/**
 * Each operation's security and its 401/403 answers come from the rule the session hook enforces
 * (credentialsFor), so the document cannot drift from the server: a public route needs nothing, a read
 * needs the session cookie, a change needs the cookie and the CSRF header.
 */
const describeRoute: SwaggerTransform = (input) => {
  const method = [input.route.method].flat()[0] ?? 'GET';
  const needs = credentialsFor(input.url, method, input.route.config ?? {});
  const guardErrors =
    needs === 'none'
      ? {}
      : needs === 'session'
        ? { 401: errorResponseSchema }
        : { 401: errorResponseSchema, 403: errorResponseSchema };
  const declared = (input.schema?.response ?? {}) as Record<string, unknown>;
  const schema = { ...input.schema, response: { ...guardErrors, ...declared } };
  const result = jsonSchemaTransform({ ...input, schema });
  if (result.schema.hide) return result;
  return { ...result, schema: { ...result.schema, security: securityOf(needs) } };
};

function securityOf(needs: ReturnType<typeof credentialsFor>): Array<Record<string, string[]>> {
  if (needs === 'none') return [];
  if (needs === 'session') return [{ [SECURITY_SCHEMES.session]: [] }];
  return [{ [SECURITY_SCHEMES.session]: [], [SECURITY_SCHEMES.csrf]: [] }];
}
