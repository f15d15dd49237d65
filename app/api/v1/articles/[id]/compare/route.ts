// GET /api/v1/articles/:id/compare?from=1&to=2: two revisions' texts and their word differences.
import { apiRoute } from "@/lib/http/api-route";
import { compareRevisions } from "@/lib/db/revisions";
import { idParamsSchema } from "@/lib/validation/id";
import { compareQuerySchema } from "@/lib/validation/revision";

export const GET = apiRoute({ params: idParamsSchema, query: compareQuerySchema }, ({ user, params, query }) => compareRevisions(user, params.id, query.from, query.to));
