// POST /api/v1/verdicts/:id/approve {version}: a reviewer who neither wrote nor edited the verdict approves it.
import { apiRoute } from "@/lib/http/api-route";
import { approveVerdict } from "@/lib/db/verdicts";
import { decideSchema } from "@/lib/validation/verdict";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: decideSchema }, ({ user, params, body }) => approveVerdict(user, params.id, body));
