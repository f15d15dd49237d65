// /api/v1/articles/:id: GET the article with its canonical text and claims; PATCH its metadata
// (with `version`); DELETE it (its creator or an admin).
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";
import { deleteArticle, getArticle, updateArticle } from "@/lib/db/articles";
import { updateArticleSchema } from "@/lib/validation/article";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, ({ user, params }) => getArticle(user, params.id));

export const PATCH = apiRoute({ params: idParamsSchema, body: updateArticleSchema }, ({ user, params, body }) => updateArticle(user, params.id, body));

export const DELETE = apiRoute({ params: idParamsSchema }, async ({ user, params }) => {
  await deleteArticle(user, params.id);
  return noContent();
});
