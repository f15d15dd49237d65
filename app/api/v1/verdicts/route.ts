// GET /api/v1/verdicts?status=in_review&actor=&articleId=&mine=: the reviewer queue (oldest first) and other verdict lists.
import { apiRoute } from "@/lib/http/api-route";
import { listVerdicts } from "@/lib/db/verdicts";
import { listVerdictsQuerySchema } from "@/lib/validation/verdict";

export const GET = apiRoute({ query: listVerdictsQuerySchema }, ({ user, query }) => listVerdicts(user, query));
