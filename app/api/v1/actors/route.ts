// GET /api/v1/actors: every actor with colours and aliases. POST: add one.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { createActor, listActors } from "@/lib/db/actors";
import { createActorSchema } from "@/lib/validation/actor";

export const GET = apiRoute({}, async ({ user }) => ({ items: await listActors(user), nextCursor: null }));

export const POST = apiRoute({ body: createActorSchema }, async ({ user, body }) => created(await createActor(user, body)));
