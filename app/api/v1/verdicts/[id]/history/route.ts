// GET /api/v1/verdicts/:id/history: every event of the verdict, oldest first (not paginated: a verdict has few).
import { apiRoute } from "@/lib/http/api-route";
import { verdictHistory } from "@/lib/db/verdicts";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, async ({ user, params }) => ({ items: await verdictHistory(user, params.id), nextCursor: null }));
