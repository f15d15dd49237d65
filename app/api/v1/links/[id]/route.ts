// DELETE /api/v1/links/:id: remove a link between claims (its creator or an admin).
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";
import { deleteLink } from "@/lib/db/claim-links";
import { idParamsSchema } from "@/lib/validation/id";

export const DELETE = apiRoute({ params: idParamsSchema }, async ({ user, params }) => {
  await deleteLink(user, params.id);
  return noContent();
});
