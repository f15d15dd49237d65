// POST /api/v1/articles/:id/claims: tag a claim by offsets {actor, start, end} or by quote {actor, exact}.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { createClaim } from "@/lib/db/claims";
import { createClaimSchema } from "@/lib/validation/claim";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: createClaimSchema }, async ({ user, params, body }) => created(await createClaim(user, params.id, body)));
