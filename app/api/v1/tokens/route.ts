// GET /api/v1/tokens: your tokens. POST /api/v1/tokens: create one (the secret is in this response only).
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { createApiToken, listApiTokens } from "@/lib/db/api-tokens";
import { createApiTokenSchema } from "@/lib/validation/api-token";

export const GET = apiRoute({}, async ({ user }) => ({ items: await listApiTokens(user), nextCursor: null }));

export const POST = apiRoute({ body: createApiTokenSchema }, async ({ user, body }) => created(await createApiToken(user, body)));
