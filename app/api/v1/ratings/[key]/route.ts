// /api/v1/ratings/:key: PATCH {label?, definition?} (admins); DELETE a rating no verdict uses (admins; 409 when in use).
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";
import { deleteRating, updateRating } from "@/lib/db/ratings";
import { ratingKeyParamsSchema, updateRatingSchema } from "@/lib/validation/verdict";

export const PATCH = apiRoute({ params: ratingKeyParamsSchema, body: updateRatingSchema }, ({ user, params, body }) => updateRating(user, params.key, body));

export const DELETE = apiRoute({ params: ratingKeyParamsSchema }, async ({ user, params }) => {
  await deleteRating(user, params.key);
  return noContent();
});
