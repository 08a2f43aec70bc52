import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import fastifySwagger, { type SwaggerTransform } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { errorResponseSchema } from '@xaso/domain/contracts/common';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../modules/auth/sessions.ts';
import { CSRF_HEADER, credentialsFor } from './request-context.ts';
import { docsCsp } from './security-headers.ts';

/**
 * The bytes of a file the handler sends (a buffer or a stream): Fastify passes them through unserialized, and
 * the document describes them as a binary string, the form client generators read as a file.
 */
const fileBytes = z
  .custom<Uint8Array | Readable>((value) => value instanceof Uint8Array || value instanceof Readable)
  .meta({ type: 'string', format: 'binary' });

/** A 200 answer that is a file, not JSON, for the routes' `response` maps: one entry per media type sent. */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: fileBytes }])),
  };
}

// The error shape answers some 240 status codes across the API: one named component (`ErrorResponse` in a
// generated client) instead of a copy under each. An id in zod's global registry is how
// fastify-type-provider-zod emits a component; it changes nothing else.
if (!z.globalRegistry.has(errorResponseSchema))
  z.globalRegistry.add(errorResponseSchema, { id: 'ErrorResponse' });

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
  {
    name: 'roadmap',
    description: "An area's roadmap: which commune completes DX in which year; Excel template.",
  },
  {
    name: 'responsibilities',
    description:
      "A cycle's responsibility matrix (lead, coordinating units, member per criterion) and partners.",
  },
  {
    name: 'classification',
    description: "The communes' classification of criteria: independent or needs support.",
  },
  {
    name: 'support-requests',
    description: "A commune's requests for help with a criterion, the member's answer and plan, the thread.",
  },
  { name: 'notifications', description: "The signed-in user's notifications: list, unread count, read." },
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
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input);
      finishDocument(document as DocumentParts);
      return document;
    },
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

/** The parts of the assembled document finishDocument touches. */
type DocumentParts = {
  paths?: Record<string, Record<string, { responses?: Record<string, { description?: string }> }>>;
  components?: { schemas?: Record<string, unknown> };
};

/**
 * Two touches on the assembled document. A response whose schema has no description says what its status
 * means instead of @fastify/swagger's "Default Response". Components nobody references are dropped:
 * fastify-type-provider-zod writes an input and an output copy of each named schema, and only the output
 * copy of ErrorResponse is used.
 */
function finishDocument(document: DocumentParts): void {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response.description === 'Default Response')
          response.description = STATUS_CODES[status] ?? status;
      }
    }
  }
  const schemas = document.components?.schemas;
  if (schemas) {
    const used = referencedSchemas(document);
    for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  }
}

/** Names of the component schemas reached from the paths, following references between components. */
function referencedSchemas(document: DocumentParts): Set<string> {
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const pending: unknown[] = [document.paths];
  while (pending.length > 0) {
    JSON.stringify(pending.pop(), (key, value: unknown) => {
      const prefix = '#/components/schemas/';
      if (key === '$ref' && typeof value === 'string' && value.startsWith(prefix)) {
        const name = value.slice(prefix.length);
        if (!used.has(name)) {
          used.add(name);
          pending.push(schemas[name]);
        }
      }
      return value;
    });
  }
  return used;
}
