// GET /api/v1/actors/:id/claims?from=&to=&cursor=&limit=: the actor's rolled-up claims, newest first.
import { apiRoute } from "@/lib/http/api-route";
import { listActorClaims } from "@/lib/db/actor-summary";
import { idParamsSchema } from "@/lib/validation/id";
import { actorClaimsQuerySchema } from "@/lib/validation/actor-summary";

export const GET = apiRoute({ params: idParamsSchema, query: actorClaimsQuerySchema }, ({ user, params, query }) => listActorClaims(user, params.id, query));
