import { ERROR_MESSAGES, type ErrorCode } from '@xaso/domain/errors';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './app-error.ts';
import { noteFailure } from './logger.ts';

export type ErrorBody = { code: ErrorCode; message: string; fields?: Record<string, string> };

const TRUNCATED_UPLOAD_MESSAGE =
  'Tệp gửi lên bị gián đoạn, chưa nhận đủ dữ liệu. Vui lòng tải lên lại (kiểm tra kết nối mạng).';

/**
 * busboy (under @fastify/multipart) reports a body cut short or without its boundary as a plain Error with
 * no code: these messages are the only way to tell it from a fault of ours.
 */
const MALFORMED_MULTIPART = [
  /unexpected end of (multipart data|form)/i,
  /terminated early due to unexpected end/i,
  /^Multipart: Boundary not found/,
];

/** Fastify's own 4xx errors (bad JSON, wrong content type, body too large) in the one error shape. */
function fromFastifyError(err: FastifyError): ErrorBody | null {
  if (!err.code && MALFORMED_MULTIPART.some((re) => re.test(err.message)))
    return { code: 'BAD_REQUEST', message: TRUNCATED_UPLOAD_MESSAGE };
  if (err.code === 'FST_MP_PREMATURE_CLOSE')
    return { code: 'BAD_REQUEST', message: TRUNCATED_UPLOAD_MESSAGE };
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { code: 'PAYLOAD_TOO_LARGE', message: ERROR_MESSAGES.PAYLOAD_TOO_LARGE };
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return {
      code: 'BAD_REQUEST',
      message: 'Kiểu dữ liệu gửi lên không được hỗ trợ. Hãy gửi JSON (application/json).',
    };
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return { code: 'BAD_REQUEST', message: 'Dữ liệu gửi lên không phải JSON hợp lệ. Vui lòng kiểm tra lại.' };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
    return {
      code: err.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST',
      message: ERROR_MESSAGES.BAD_REQUEST,
    };
  return null;
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      const body: ErrorBody = { ...err.extra, code: err.code, message: err.message };
      if (err.fields) body.fields = err.fields;
      return reply.status(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const issue of err.validation) {
        const key = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
        fields[key] ??= issue.message ?? ERROR_MESSAGES.VALIDATION_FAILED;
      }
      return reply
        .status(400)
        .send({ code: 'VALIDATION_FAILED', message: ERROR_MESSAGES.VALIDATION_FAILED, fields });
    }
    if (isResponseSerializationError(err)) {
      noteFailure(request, reply, { err, issues: err.cause.issues });
      return reply.status(500).send({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
    }
    const known = fromFastifyError(err);
    if (known) return reply.status(err.statusCode && err.statusCode < 500 ? err.statusCode : 400).send(known);
    noteFailure(request, reply, { err });
    return reply.status(500).send({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
  });
}
