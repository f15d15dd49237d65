// POST /api/v1/claims/:id/confirm-anchor {version}: a moved or changed claim's new place looks right; its flag goes.
import { apiRoute } from "@/lib/http/api-route";
import { confirmClaimAnchor } from "@/lib/db/revisions";
import { idParamsSchema } from "@/lib/validation/id";
import { confirmAnchorSchema } from "@/lib/validation/revision";

export const POST = apiRoute({ params: idParamsSchema, body: confirmAnchorSchema }, ({ user, params, body }) => confirmClaimAnchor(user, params.id, body));
