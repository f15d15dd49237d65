// Turns anything thrown below a route or action into an AppError: known database failures get
// their proper code (unreachable database -> 503, unique violation -> 409), the rest becomes a
// generic INTERNAL error whose message reveals nothing. The original is logged server-side.
import { ZodError } from "zod";
import { AppError } from "./app-error";

const CONNECTION_ERROR_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08003", "08006", "P1001", "P1002", "P1017", "P2024"]);

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const cause = (error as { cause?: unknown }).cause;
  return cause && cause !== error ? errorCodeOf(cause) : undefined;
}

/**
 * PostgreSQL's SQLSTATE, from a pg error (code) or from Prisma's driver adapter error
 * (meta.driverAdapterError.cause.originalCode), wherever it is wrapped.
 */
function sqlStateOf(error: unknown, depth = 0): string | undefined {
  if (typeof error !== "object" || error === null || depth > 5) return undefined;
  const { code, originalCode, meta, cause } = error as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
  if (typeof originalCode === "string") return originalCode;
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !/^P\d{4}$/.test(code)) return code;
  return sqlStateOf(meta?.driverAdapterError, depth + 1) ?? (cause !== error ? sqlStateOf(cause, depth + 1) : undefined);
}

/**
 * Values PostgreSQL refuses to store: NUL bytes in text (22021), escapes jsonb cannot hold (22P05),
 * text that is not json (22P02), numbers out of a column's range (22003).
 */
const UNSTORABLE_INPUT_STATES = new Set(["22021", "22P05", "22P02", "22003"]);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = errorCodeOf(error);
  if (code && CONNECTION_ERROR_CODES.has(code)) return true;
  return /Can't reach database|Connection terminated|connect ECONNREFUSED|terminating connection|Server has closed the connection|Timed out fetching a new connection/i.test(
    messageOf(error),
  );
}

export function zodIssuesToDetails(error: ZodError): { issues: { path: string; message: string }[] } {
  return { issues: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("INVALID_INPUT", "Some fields are not valid.", { details: zodIssuesToDetails(error) });
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError("DATABASE_UNAVAILABLE", "The database is unavailable. Try again in a few seconds.", { retryAfter: 5, cause: error });
  }
  const sqlState = sqlStateOf(error);
  if (sqlState && UNSTORABLE_INPUT_STATES.has(sqlState)) {
    // A last line of defence: the schemas and the body reader refuse these first.
    return new AppError("INVALID_INPUT", "A value cannot be stored: a NUL character, a lone UTF-16 surrogate, or a number out of range. Nothing was saved.", { cause: error });
  }
  const code = errorCodeOf(error);
  if (code === "P2002" || code === "23505") {
    return new AppError("CONFLICT", "A record with these values already exists.", { cause: error });
  }
  if (code === "P2025") {
    return new AppError("NOT_FOUND", "Record not found.", { cause: error });
  }
  console.error("[counterclaim] unexpected error", error);
  return new AppError("INTERNAL", "Something went wrong on our side. Nothing was saved.", { cause: error });
}
