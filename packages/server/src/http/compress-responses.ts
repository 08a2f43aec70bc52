import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compresses the API's answers (JSON, text) for clients that accept it. A workspace is ~50 KB of JSON and ~5 KB
 * compressed: on a phone on a weak network that is most of the page's wait. Brotli at quality 4 costs about as
 * much CPU as gzip's default, far less than its default 11 (meant for files compressed once, like the web app's,
 * which web-app.ts serves pre-compressed and this leaves alone). Small answers are sent as they are.
 */
export async function registerResponseCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // JSON only: the web app's files are compressed at build time, and documents (docx, xlsx, pdf) are zips already.
    customTypes: /^application\/(?:[\w.+-]*\+)?json(?:;|$)/,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
