import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAssessmentRoutes } from '../modules/assessments/routes.ts';
import { registerAuditRoutes } from '../modules/audit/routes.ts';
import { registerAuthRoutes } from '../modules/auth/routes.ts';
import { registerClassificationRoutes } from '../modules/classification/routes.ts';
import { registerCycleRoutes } from '../modules/cycles/routes.ts';
import { registerDocumentRoutes } from '../modules/documents/routes.ts';
import { registerEvidenceRoutes } from '../modules/evidence/routes.ts';
import { registerFrameworkRoutes } from '../modules/frameworks/routes.ts';
import { registerNotificationRoutes } from '../modules/notifications/routes.ts';
import { registerOrgUnitRoutes } from '../modules/org-units/routes.ts';
import { registerResponsibilityRoutes } from '../modules/responsibilities/routes.ts';
import { registerRoadmapRoutes } from '../modules/roadmap/routes.ts';
import { registerSupportRoutes } from '../modules/support/routes.ts';
import { registerUserRoutes } from '../modules/users/routes.ts';
import { registerResponseCompression } from './compress-responses.ts';
import type { AppDeps } from './deps.ts';
import { installErrorHandlers } from './error-handler.ts';
import { clientErrorHandler, frameworkErrorHandler } from './framework-errors.ts';
import { createLogger, logRequestOutcome, RequestLogController } from './logger.ts';
import { registerOpenApi } from './openapi.ts';
import { installSessionHooks } from './request-context.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { serveWebApp } from './web-app.ts';

// Validation messages of zod's own checks (wrong type, too short…) in Vietnamese.
z.config(z.locales.vi());

/**
 * Every route validates and serializes with zod (fastify-type-provider-zod). Given as the compiler factories,
 * Fastify never loads its default compilers, ajv and fast-json-stringify: ~0.1 s of each start. The cast: Fastify
 * types the factories for JSON Schema, while these take zod schemas.
 */
const ZOD_COMPILERS = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const production = deps.config.nodeEnv === 'production';
  const app = Fastify({
    loggerInstance: deps.log ?? createLogger(deps.config.logLevel),
    // Only configured proxies may set the client's address (X-Forwarded-For): see config/env.ts.
    trustProxy: deps.config.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    // Fastify's two info lines per request bury what matters: logRequestOutcome writes one line instead.
    logController: new RequestLogController(),
    schemaController: { compilersFactory: ZOD_COMPILERS },
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onResponse', logRequestOutcome);
  installErrorHandlers(app);

  await registerSecurityHeaders(app, production);
  await registerResponseCompression(app);
  await app.register(fastifyCookie);
  // The file size limit is enforced while streaming (storage.stage); this one only stops a runaway stream.
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.maxUploadBytes + 1, files: 1, fields: 20 },
  });
  await registerOpenApi(app, { apiDocs: deps.config.apiDocs, production });

  installSessionHooks(app, deps);
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        operationId: 'getHealth',
        summary: 'Check that the server answers',
        tags: ['health'],
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async () => ({ ok: true as const }),
  );
  registerAuthRoutes(app, deps);
  registerOrgUnitRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerFrameworkRoutes(app, deps);
  registerCycleRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerSupportRoutes(app, deps);
  registerRoadmapRoutes(app, deps);
  registerResponsibilityRoutes(app, deps);
  registerClassificationRoutes(app, deps);
  await registerDocumentRoutes(app, deps);
  await serveWebApp(app, deps.config.webDist);
  return app;
}
