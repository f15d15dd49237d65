// GET /api/v1/openapi.json: the API contract, generated from lib/validation (public, no auth).
import { buildOpenApiDocument } from "@/lib/validation/openapi";

export const GET = () => Response.json(buildOpenApiDocument());
