import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of the app and the API. The single-page app loads only its own bundles;
 * antd 6 injects its styles at run time (CSS-in-JS), hence 'unsafe-inline' for styles only — scripts stay
 * 'self'. The app frames evidence PDFs of its own origin (frame-src 'self'); nothing may frame the app
 * (frame-ancestors 'none'): the evidence file route answers with its own frame-ancestors 'self' header,
 * which replaces this one (see modules/evidence/routes.ts).
 */
export function contentSecurityPolicy(production: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
    // Over plain HTTP (development, tests) upgrading would break every request; production is HTTPS-only
    // anyway (Secure cookies).
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Security headers through @fastify/helmet on every answer (pages, assets, API, errors). HSTS only in
 * production: sent over a development server's plain HTTP it would pin browsers to HTTPS for localhost.
 */
export async function registerSecurityHeaders(app: FastifyInstance, production: boolean): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(production) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    hsts: production ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
}

/**
 * The Swagger UI page's policy from @fastify/swagger-ui (`staticCSP`: scripts of its own origin, inline ones
 * by hash), changed like the app's: no framing, HTTPS upgrade only in production, and styles of its own
 * origin plus the inline ones Swagger UI sets at run time (instead of any https: stylesheet).
 */
export function docsCsp(production: boolean): (header: string) => string {
  return (header) => {
    let csp = header
      .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
      .replace(/style-src 'self' https:/, "style-src 'self' 'unsafe-inline'");
    if (!production) csp = csp.replace(/\s*upgrade-insecure-requests;?/, '');
    return csp;
  };
}
