import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Properties of database errors that carry the values of a statement: Drizzle's `params`, PostgreSQL's
 * `detail` ("Failing row contains (…, $argon2id$…)", "Key (username)=(…)") and `where`/`internalQuery`
 * (the context of a failing function, with its arguments). A log line must never hold a password hash or
 * a person's data, so these are dropped; the SQL text, code, table and constraint stay for diagnosis.
 */
const VALUE_KEYS = new Set(['params', 'parameters', 'detail', 'where', 'internalQuery']);
const MAX_DEPTH = 5;

/** The message without the statement's parameters (Drizzle appends "\nparams: …" to the SQL text). */
export function safeErrorMessage(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const at = err.message.indexOf('\nparams:');
  return at === -1 ? err.message : err.message.slice(0, at);
}

/** pino's `err` serializer, minus the values above, following `cause` (Drizzle wraps the driver's error). */
export function serializeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return err;
  const message = safeErrorMessage(err);
  const out: Record<string, unknown> = {
    type: err.constructor.name,
    message,
    // The stack starts with the message: replace it whole rather than guess where the values end.
    stack: err.stack?.replace(err.message, message),
  };
  for (const [key, value] of Object.entries(err)) {
    if (VALUE_KEYS.has(key) || key === 'cause') continue;
    out[key] = value instanceof Error ? nested(value, depth) : value;
  }
  if (err.cause !== undefined) out.cause = nested(err.cause, depth);
  if (err instanceof AggregateError) out.errors = err.errors.map((e) => nested(e, depth));
  return out;
}

function nested(err: unknown, depth: number): unknown {
  return depth >= MAX_DEPTH ? '[error chain cut]' : serializeError(err, depth + 1);
}

/** The process's logger (server and CLI): errors are logged without the values of the failing statement. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, serializers: { err: serializeError, error: serializeError } };
  return destination ? pino(options, destination) : pino(options);
}

/** What the error handler learnt about a failing request, written on that request's one line. */
type Failure = { err: unknown; [field: string]: unknown };
const failures = new WeakMap<FastifyRequest, Failure>();

/**
 * Keeps a 5xx's error for the request's summary line, so a failure is one line carrying both the request and
 * the error with its stack (redacted by serializeError). If the client has already gone, no response will
 * finish and logRequestOutcome would never run: the line is written now instead.
 */
export function noteFailure(request: FastifyRequest, reply: FastifyReply, failure: Failure): void {
  const socket = reply.raw.socket;
  if (socket === null || socket.destroyed) {
    const path = pathOf(request);
    request.log.error(
      { method: request.method, path, ...failure },
      `${request.method} ${path} (client gone)`,
    );
    return;
  }
  failures.set(request, failure);
}

/**
 * One line per request, its level by outcome: successes at `debug` (off at the default `info`), refusals (4xx)
 * at `info`, failures (5xx) at `error`, with the error noted by the error handler. The path is logged without
 * its query string, which may hold a search for a person's name.
 */
export async function logRequestOutcome(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const status = reply.statusCode;
  const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
  const path = pathOf(request);
  request.log[level](
    { method: request.method, path, status, ms: Math.round(reply.elapsedTime), ...failures.get(request) },
    `${request.method} ${path} ${status}`,
  );
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0]!;
}

/**
 * Fastify's own per-request lines (incoming, completed, route not found) are off: logRequestOutcome writes one
 * line per request instead. Its lines for failures outside a handler stay: a response stream that breaks after
 * its headers, a serializer that throws, an error in the error handler itself. (Replaces the deprecated
 * `disableRequestLogging` option, which also silenced those and printed a deprecation warning at each start.)
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(): void {}
  override routeNotFound(): void {}
}
