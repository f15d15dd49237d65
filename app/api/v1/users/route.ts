// GET /api/v1/users (admin): every user. POST /api/v1/users (admin): create one.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { createUser, listUsers } from "@/lib/db/users";
import { createUserSchema } from "@/lib/validation/user";

export const GET = apiRoute({}, async ({ user }) => ({ items: await listUsers(user), nextCursor: null }));

export const POST = apiRoute({ body: createUserSchema }, async ({ user, body }) => created(await createUser(user, body)));
