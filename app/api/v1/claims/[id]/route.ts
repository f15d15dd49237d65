// /api/v1/claims/:id: GET one claim (the IRI of its exported Web Annotation); PATCH actor, attribution, relay or note (with `version`); DELETE (soft).
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";
import { deleteClaim, getClaim, updateClaim } from "@/lib/db/claims";
import { updateClaimSchema } from "@/lib/validation/claim";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, ({ user, params }) => getClaim(user, params.id));

export const PATCH = apiRoute({ params: idParamsSchema, body: updateClaimSchema }, ({ user, params, body }) => updateClaim(user, params.id, body));

export const DELETE = apiRoute({ params: idParamsSchema }, async ({ user, params }) => {
  await deleteClaim(user, params.id);
  return noContent();
});
