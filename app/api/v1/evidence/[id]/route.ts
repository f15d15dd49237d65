// DELETE /api/v1/evidence/:id: remove evidence from its claim (its creator or an admin).
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";
import { deleteEvidence } from "@/lib/db/evidence";
import { idParamsSchema } from "@/lib/validation/id";

export const DELETE = apiRoute({ params: idParamsSchema }, async ({ user, params }) => {
  await deleteEvidence(user, params.id);
  return noContent();
});
