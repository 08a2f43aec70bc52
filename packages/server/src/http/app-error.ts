import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode } from '@xaso/domain/errors';

/** The one error type use cases throw. The HTTP layer maps its code to a status; messages are Vietnamese. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.fields = fields;
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
