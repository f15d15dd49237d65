// Paths whose percent-encoding is not UTF-8 (/api/v1/articles/%FF): Next cannot decode their
// dynamic segments and answered a bare 500 "Internal Server Error" before any route ran (found by
// __tests__/api/fuzz.test.ts). The proxy answers them first: in the API's error shape, a 404 like
// any other id that names no record; for pages, a plain 400.
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "./responses";

export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The answer to a request whose path cannot be decoded, or null when it can. */
export function malformedPathResponse(pathname: string): Response | null {
  if (isDecodablePath(pathname)) return null;
  if (pathname.startsWith("/api/")) return errorResponse(new AppError("NOT_FOUND", "Record not found."));
  return new Response("Bad request: the address is not valid UTF-8 once decoded.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
