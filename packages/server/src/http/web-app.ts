import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { ERROR_MESSAGES } from '@xaso/domain/errors';
import type { FastifyInstance } from 'fastify';

/** Vite names assets by content hash: a file under assets/ never changes, so browsers may keep it. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built single-page app. Unknown paths that look like pages get index.html so client routes work
 * on reload; a missing file (a path with an extension, e.g. an old /assets/*.js) answers 404, not HTML.
 *
 * The web build writes a brotli (.br) and a gzip (.gz) copy beside each compressible file
 * (packages/web/scripts/precompress.mjs): on a phone over a weak network the bytes are most of the wait, and
 * compressing once at build time costs the server nothing per request. The client's Accept-Encoding picks the
 * copy (`Vary: Accept-Encoding` is set); without a copy, or for a client that accepts neither, the plain file
 * goes out.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      // The root path is the app itself; other page paths fall through to the not-found handler below.
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // filePath is the file actually sent: index.html.br for a brotli answer.
        const served = filePath.replace(/\.(br|gz)$/, '');
        if (served.endsWith(`${path.sep}index.html`)) res.header('cache-control', 'no-cache');
        else if (served.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', IMMUTABLE);
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isPage =
      request.method === 'GET' && hasWeb && !pathname.startsWith('/api') && !/\.[a-z0-9]+$/i.test(pathname);
    // sendFile goes through the same pre-compressed lookup and setHeaders as the static files. The reply is
    // not returned: Fastify would then wait on it as a promise, and each page answer logged a
    // MaxListenersExceededWarning (11 close listeners on the response).
    if (isPage) {
      reply.type('text/html').sendFile('index.html');
      return;
    }
    return reply.status(404).send({
      code: 'NOT_FOUND',
      message: pathname.startsWith('/api') ? ERROR_MESSAGES.NOT_FOUND : 'Không tìm thấy trang.',
    });
  });
}
