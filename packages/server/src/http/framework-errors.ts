import type { Socket } from 'node:net';
import { ERROR_MESSAGES } from '@xaso/domain/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from './error-handler.ts';

/** What an answer that is only an error needs: nothing in it may run, be framed or be sniffed as HTML. */
const ERROR_ONLY_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

function routerAnswer(code: string): [number, ErrorBody] {
  if (code === 'FST_ERR_BAD_URL')
    return [
      400,
      { code: 'BAD_REQUEST', message: 'Địa chỉ (URL) không hợp lệ. Vui lòng kiểm tra lại đường dẫn.' },
    ];
  if (code === 'FST_ERR_MAX_PARAM_LENGTH')
    return [
      414,
      { code: 'BAD_REQUEST', message: 'Địa chỉ yêu cầu có phần quá dài. Vui lòng kiểm tra lại đường dẫn.' },
    ];
  return [500, { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL }];
}

/**
 * Errors Fastify raises before any route runs (the router could not decode the path, or a path parameter is
 * longer than `maxParamLength`): by default answered in English outside the error shape. Passed as the
 * `frameworkErrors` option. No hook runs for these answers, so the security headers are set here.
 */
export function frameworkErrorHandler(
  err: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const [status, body] = routerAnswer(err.code);
  reply.headers(ERROR_ONLY_HEADERS).status(status).send(body);
}

function parserAnswer(code: string | undefined): [number, string, ErrorBody] {
  if (code === 'HPE_HEADER_OVERFLOW')
    return [
      431,
      'Request Header Fields Too Large',
      {
        code: 'BAD_REQUEST',
        message: 'Phần đầu (header) của yêu cầu quá lớn. Vui lòng xóa cookie của trang rồi thử lại.',
      },
    ];
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return [
      408,
      'Request Timeout',
      { code: 'BAD_REQUEST', message: 'Yêu cầu gửi lên quá chậm nên đã bị ngắt. Vui lòng thử lại.' },
    ];
  return [
    400,
    'Bad Request',
    { code: 'BAD_REQUEST', message: 'Yêu cầu không đúng định dạng HTTP nên không xử lý được.' },
  ];
}

/**
 * Requests Node's HTTP parser refuses (a malformed header line, headers too large, a timeout) never reach
 * Fastify; this answers them on the socket in the one error shape. Passed as the `clientErrorHandler` option.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body] = parserAnswer(err.code);
  this.log.debug({ err }, 'client error');
  if (socket.writable) {
    const json = JSON.stringify(body);
    const headers = Object.entries(ERROR_ONLY_HEADERS).map(([name, value]) => `${name}: ${value}`);
    socket.write(
      [
        `HTTP/1.1 ${status} ${reason}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(json)}`,
        ...headers,
        'Connection: close',
        '',
        json,
      ].join('\r\n'),
    );
  }
  socket.destroy(err);
}
