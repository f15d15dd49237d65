// POST /api/v1/claims/:id/reattach {start, end, version}: put an orphaned claim on words of the current text.
import { apiRoute } from "@/lib/http/api-route";
import { reattachClaim } from "@/lib/db/revisions";
import { idParamsSchema } from "@/lib/validation/id";
import { reattachClaimSchema } from "@/lib/validation/revision";

export const POST = apiRoute({ params: idParamsSchema, body: reattachClaimSchema }, ({ user, params, body }) => reattachClaim(user, params.id, body));
