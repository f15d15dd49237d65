// POST /api/v1/verdicts/:id/reopen {reason, version?}: an admin takes an approved verdict back to draft.
import { apiRoute } from "@/lib/http/api-route";
import { reopenVerdict } from "@/lib/db/verdicts";
import { reopenSchema } from "@/lib/validation/verdict";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: reopenSchema }, ({ user, params, body }) => reopenVerdict(user, params.id, body));
