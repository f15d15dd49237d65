// PATCH /api/v1/users/:id (admin): change name, role, disabled, or reset the password.
import { apiRoute } from "@/lib/http/api-route";
import { updateUser } from "@/lib/db/users";
import { idParamsSchema } from "@/lib/validation/id";
import { updateUserSchema } from "@/lib/validation/user";

export const PATCH = apiRoute({ params: idParamsSchema, body: updateUserSchema }, ({ user, params, body }) => updateUser(user, params.id, body));
