// The one wrapper for /api/v1 route handlers: resolves the acting user once, refuses cross-site
// cookie writes, parses the body (size-capped), query and params through zod, and turns every
// error into the JSON error shape. Handlers stay a few lines: parse -> one lib/db call -> respond.
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { toAppError } from "@/lib/errors/to-app-error";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/roles";
import { LIMITS } from "@/lib/validation/limits";
import { errorResponse, jsonResponse } from "./responses";
import { readJsonBody } from "./read-json-body";
import { isSameOriginRequest } from "./same-origin";

type Schema = z.ZodType;
type Parsed<S> = S extends Schema ? z.output<S> : undefined;

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type ApiRouteOptions<B, Q, P> = { body?: B; query?: Q; params?: P; maxBodyBytes?: number };

export type ApiHandlerInput<B, Q, P> = { request: Request; user: SessionUser; body: Parsed<B>; query: Parsed<Q>; params: Parsed<P> };

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function apiRoute<B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
  options: ApiRouteOptions<B, Q, P>,
  handler: (input: ApiHandlerInput<B, Q, P>) => Promise<Response | object>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      const current = await getCurrentUser();
      if (!current) throw new AppError("UNAUTHENTICATED", "Sign in, or send Authorization: Bearer <token>.");
      if (current.method === "session" && MUTATING.has(request.method) && !isSameOriginRequest(request)) {
        throw new AppError("FORBIDDEN", "Cross-site request refused.");
      }
      const params = options.params ? parseParams(options.params, await context.params) : undefined;
      const query = options.query ? options.query.parse(parseQuery(request)) : undefined;
      const body = options.body ? options.body.parse(await readJsonBody(request, options.maxBodyBytes ?? LIMITS.jsonBodyBytes)) : undefined;
      const result = await handler({ request, user: current.user, body, query, params } as ApiHandlerInput<B, Q, P>);
      return result instanceof Response ? result : jsonResponse(result);
    } catch (error) {
      return errorResponse(toAppError(error));
    }
  };
}

/**
 * The query string as an object (the last value of a repeated name wins). A NUL (%00) is refused
 * here: PostgreSQL cannot take it even as a search parameter, so it used to answer 500.
 */
function parseQuery(request: Request): Record<string, string> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const withNul = Object.entries(query).find(([name, value]) => name.includes("\u0000") || value.includes("\u0000"));
  if (withNul) throw new AppError("INVALID_INPUT", "The query string contains a NUL character.", { details: { issues: [{ path: withNul[0], message: "Contains a NUL character." }] } });
  return query;
}

/** A malformed id in the path names no record: answer 404, as for an unknown one. */
function parseParams(schema: Schema, raw: unknown): unknown {
  const result = schema.safeParse(raw);
  if (!result.success) throw new AppError("NOT_FOUND", "Record not found.");
  return result.data;
}
