// POST /api/v1/claims/:id/links {targetClaimId, kind, note?}: this claim rebuts/supports/qualifies/is the same as another.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { createLink } from "@/lib/db/claim-links";
import { createLinkSchema } from "@/lib/validation/claim";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: createLinkSchema }, async ({ user, params, body }) => created(await createLink(user, params.id, body)));
