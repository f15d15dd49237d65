// Turns anything thrown below a route or action into an AppError: known database failures get
// their proper code (unreachable or overloaded database -> 503, unique violation -> 409), the rest
// becomes a generic INTERNAL error whose message reveals nothing. The original is logged server-side.
import { ZodError } from "zod";
import { AppError } from "./app-error";

// Node's socket errors, PostgreSQL's connection classes (08…, 57P0x: terminated, shutting down,
// starting up, idle session timed out; 53300: too many clients), and Prisma's own (can't reach,
// timed out, closed, pool timeout).
const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "57P05",
  "53300",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
]);
// What Prisma's pg adapter calls a lost or unreachable server (DriverAdapterError's cause.kind).
const CONNECTION_ERROR_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const UNAVAILABLE_MESSAGE = new RegExp(
  [
    "Can't reach database",
    "Connection terminated",
    "connect ECONNREFUSED",
    "terminating connection",
    "Server has closed the connection",
    "Timed out fetching a new connection",
    // The database refuses connections (ALTER DATABASE … ALLOW_CONNECTIONS false, maintenance): 55000.
    "is not currently accepting connections",
    "the database system is (?:starting up|shutting down|in recovery mode)",
    "too many clients already",
    // pg, on a connection that broke while a query or transaction was using it.
    "Client has encountered a connection error and is not queryable",
    "Client was closed and is not queryable",
    // pg's pool waited connectionTimeoutMillis for a connection.
    "timeout exceeded when trying to connect",
    // Prisma's interactive transactions: no connection within maxWait, or the transaction outlived
    // its timeout and was rolled back. Both leave nothing written and are worth a retry.
    "Unable to start a transaction in the given time",
    "cannot be executed on an expired transaction",
  ].join("|"),
  "i",
);

type Chained = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; originalMessage?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/**
 * The error and everything it wraps: Prisma's error, the driver adapter's error in its meta, that
 * one's cause (with the PostgreSQL code and message), pg's and Node's errors. Prisma puts its own
 * code (e.g. P2039, "database error") on top, so the one that says why is often further down.
 */
function chainOf(error: unknown): Chained[] {
  const chain: Chained[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== "object" || value === null || chain.includes(value as Chained) || chain.length > 10) return;
    const link = value as Chained;
    chain.push(link);
    visit(link.cause);
    visit(link.meta?.driverAdapterError);
  };
  visit(error);
  return chain;
}

const stringsOf = (chain: Chained[], keys: (keyof Chained)[]) => chain.flatMap((link) => keys.map((key) => link[key]).filter((value): value is string => typeof value === "string"));

function errorCodesOf(error: unknown): string[] {
  return stringsOf(chainOf(error), ["code", "originalCode"]);
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
  const chain = chainOf(error);
  if (stringsOf(chain, ["code", "originalCode"]).some((code) => CONNECTION_ERROR_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (stringsOf(chain, ["kind"]).some((kind) => CONNECTION_ERROR_KINDS.has(kind))) return true;
  return [messageOf(error), ...stringsOf(chain, ["message", "originalMessage"])].some((message) => UNAVAILABLE_MESSAGE.test(message));
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
  const codes = errorCodesOf(error);
  if (codes.some((code) => UNSTORABLE_INPUT_STATES.has(code))) {
    // A last line of defence: the schemas and the body reader refuse these first.
    return new AppError("INVALID_INPUT", "A value cannot be stored: a NUL character, a lone UTF-16 surrogate, or a number out of range. Nothing was saved.", { cause: error });
  }
  if (codes.includes("P2002") || codes.includes("23505")) {
    return new AppError("CONFLICT", "A record with these values already exists.", { cause: error });
  }
  if (codes[0] === "P2025") {
    return new AppError("NOT_FOUND", "Record not found.", { cause: error });
  }
  console.error("[counterclaim] unexpected error", error);
  return new AppError("INTERNAL", "Something went wrong on our side. Nothing was saved.", { cause: error });
}
