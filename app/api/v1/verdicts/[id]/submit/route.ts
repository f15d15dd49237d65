// POST /api/v1/verdicts/:id/submit {version}: send a draft for review (422 names a missing summary, rating or rationale).
import { apiRoute } from "@/lib/http/api-route";
import { submitVerdict } from "@/lib/db/verdicts";
import { submitVerdictSchema } from "@/lib/validation/verdict";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: submitVerdictSchema }, ({ user, params, body }) => submitVerdict(user, params.id, body));
