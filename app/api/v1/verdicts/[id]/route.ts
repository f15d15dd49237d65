// GET /api/v1/verdicts/:id: one verdict with its claim, rating, author, reviewer and editors.
import { apiRoute } from "@/lib/http/api-route";
import { getVerdict } from "@/lib/db/verdicts";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, ({ user, params }) => getVerdict(user, params.id));
