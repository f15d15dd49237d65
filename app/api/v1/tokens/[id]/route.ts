// DELETE /api/v1/tokens/:id: revoke one of your tokens (someone else's is 404).
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";
import { revokeApiToken } from "@/lib/db/api-tokens";
import { idParamsSchema } from "@/lib/validation/id";

export const DELETE = apiRoute({ params: idParamsSchema }, async ({ user, params }) => {
  await revokeApiToken(user, params.id);
  return noContent();
});
