// GET /api/v1/balance?article= or ?from=&to=: claims, rebuttals and verdicts per top-level actor.
import { apiRoute } from "@/lib/http/api-route";
import { getBalance } from "@/lib/db/actor-balance";
import { balanceQuerySchema } from "@/lib/validation/actor-summary";

export const GET = apiRoute({ query: balanceQuerySchema }, ({ user, query }) => getBalance(user, { articleId: query.article, from: query.from, to: query.to }));
