import type { Socket } from 'node:net';
import { ERROR_MESSAGES, type ErrorCode } from '@xaso/domain/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './app-error.ts';

type ErrorBody = { code: ErrorCode; message: string; fields?: Record<string, string> };

const BAD_URL_MESSAGE = 'Địa chỉ (URL) không hợp lệ. Vui lòng kiểm tra lại đường dẫn.';
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
  /^Malformed part header/i,
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
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.status(500).send({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
    }
    const known = fromFastifyError(err);
    if (known) return reply.status(err.statusCode && err.statusCode < 500 ? err.statusCode : 400).send(known);
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
  });
}

/**
 * Errors Fastify raises before any route runs (the router could not decode the path, or a path parameter is
 * longer than `maxParamLength`): by default answered in English outside the error shape. Passed as the
 * `frameworkErrors` option.
 */
export function frameworkErrorHandler(
  err: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply.status(414).send({
      code: 'BAD_REQUEST',
      message: 'Địa chỉ yêu cầu có phần quá dài. Vui lòng kiểm tra lại đường dẫn.',
    } satisfies ErrorBody);
    return;
  }
  if (err.code === 'FST_ERR_BAD_URL') {
    reply.status(400).send({ code: 'BAD_REQUEST', message: BAD_URL_MESSAGE } satisfies ErrorBody);
    return;
  }
  reply.status(500).send({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } satisfies ErrorBody);
}

/**
 * Requests Node's HTTP parser refuses (a malformed header line, headers too large, a timeout) never reach
 * Fastify; this answers them on the socket in the one error shape. Passed as the `clientErrorHandler` option.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body]: [number, string, ErrorBody] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          {
            code: 'BAD_REQUEST',
            message: 'Phần đầu (header) của yêu cầu quá lớn. Vui lòng xóa cookie của trang rồi thử lại.',
          },
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [
            408,
            'Request Timeout',
            { code: 'BAD_REQUEST', message: 'Yêu cầu gửi lên quá chậm nên đã bị ngắt. Vui lòng thử lại.' },
          ]
        : [
            400,
            'Bad Request',
            { code: 'BAD_REQUEST', message: 'Yêu cầu không đúng định dạng HTTP nên không xử lý được.' },
          ];
  this.log.debug({ err }, 'client error');
  if (socket.writable) {
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(err);
}
