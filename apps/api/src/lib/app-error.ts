import { ERROR_STATUS, type ErrorCode } from '@sigap/contracts';

/** A failure with a machine-readable code; the error handler maps it to a status and a JSON body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? code);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
  }
}

export const notFound = (what = 'Data') => new AppError('NOT_FOUND', `${what} tidak ditemukan`);
