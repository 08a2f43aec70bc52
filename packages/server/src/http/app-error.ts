import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode } from '@xaso/domain/errors';

/** The one error type use cases throw. The HTTP layer maps its code to a status; messages are Vietnamese. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  /** Data the caller needs to act on the error, e.g. the other person's saved value on a conflict. */
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    fields?: Record<string, string>,
    extra?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.fields = fields;
    this.extra = extra;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static notFound(): AppError {
    return new AppError('NOT_FOUND');
  }

  static validation(fields: Record<string, string>): AppError {
    return new AppError('VALIDATION_FAILED', undefined, fields);
  }
}
