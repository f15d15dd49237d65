// POST /api/v1/actors/:id/merge {intoActorId, version?}: the actor's claims, relays and children move
// to `intoActorId`, which gains its name and aliases; the actor is deleted. Answers with the target.
import { apiRoute } from "@/lib/http/api-route";
import { mergeActors } from "@/lib/db/actors";
import { mergeActorSchema } from "@/lib/validation/actor";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: mergeActorSchema }, ({ user, params, body }) => mergeActors(user, params.id, body.intoActorId, body.version));
