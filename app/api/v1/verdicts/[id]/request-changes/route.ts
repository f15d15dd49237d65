// POST /api/v1/verdicts/:id/request-changes {version, comment}: a reviewer sends the verdict back to its author.
import { apiRoute } from "@/lib/http/api-route";
import { requestChanges } from "@/lib/db/verdicts";
import { requestChangesSchema } from "@/lib/validation/verdict";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: requestChangesSchema }, ({ user, params, body }) => requestChanges(user, params.id, body));
