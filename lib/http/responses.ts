// The JSON shapes of ../API-CONVENTIONS: a resource as itself, lists as {items,nextCursor},
// errors as {error:{code,message,details}} with the status from the AppError table.
import { AppError } from "@/lib/errors/app-error";

export function jsonResponse(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export const created = (body: unknown) => jsonResponse(body, 201);
export const noContent = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) headers["Retry-After"] = String(error.retryAfter);
  const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  return jsonResponse(body, error.status, headers);
}
