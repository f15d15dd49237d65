// GET /api/v1/actors/:id/summary?from=&to=: the actor's claims rolled up over every actor under it,
// rebuttals, approved verdicts by rating, claims per week, the other actors' ratings, newest claims.
import { apiRoute } from "@/lib/http/api-route";
import { getActorSummary } from "@/lib/db/actor-summary";
import { idParamsSchema } from "@/lib/validation/id";
import { actorSummaryQuerySchema } from "@/lib/validation/actor-summary";

export const GET = apiRoute({ params: idParamsSchema, query: actorSummaryQuerySchema }, ({ user, params, query }) => getActorSummary(user, params.id, query));
