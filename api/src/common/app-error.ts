import { ERROR_CODES, type ErrorCode } from '@wy/shared';

/** Every expected failure is an AppError: a code from shared ERROR_CODES, a Chinese message, optional details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_CODES[code].message);
    this.status = ERROR_CODES[code].status;
  }
}

export const notFound = (what = '记录'): AppError => new AppError('NOT_FOUND', `${what}不存在`);
export const forbidden = (message?: string): AppError => new AppError('FORBIDDEN', message);
export const conflict = (message?: string): AppError => new AppError('CONFLICT', message);
export const badRequest = (message: string, details?: unknown): AppError => new AppError('VALIDATION_FAILED', message, details);
