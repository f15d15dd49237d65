// /api/v1/actors/:id: GET one actor; PATCH name, colour, aliases, description, kind or parent (with `version`).
import { apiRoute } from "@/lib/http/api-route";
import { getActor, updateActor } from "@/lib/db/actors";
import { updateActorSchema } from "@/lib/validation/actor";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, ({ user, params }) => getActor(user, params.id));

export const PATCH = apiRoute({ params: idParamsSchema, body: updateActorSchema }, ({ user, params, body }) => updateActor(user, params.id, body));
