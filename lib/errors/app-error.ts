// The one error type thrown from lib/, and the one table that maps its codes to HTTP.
// Routes and actions translate errors here and nowhere else, so a user never sees a stack trace.

export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
  /** A feature that needs something the server lacks (e.g. PDF export without Chromium). */
  FEATURE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;
  /** Seconds, for RATE_LIMITED and DATABASE_UNAVAILABLE responses. */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, options?: { details?: ErrorDetails; retryAfter?: number; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options?.details;
    this.retryAfter = options?.retryAfter;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (what = "Record") => new AppError("NOT_FOUND", `${what} not found.`);
