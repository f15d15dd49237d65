// POST /api/v1/articles/:id/refresh: fetch the article's source URL again and archive it; a changed
// text becomes a new revision whose claims are re-anchored. Answers what changed.
import { apiRoute } from "@/lib/http/api-route";
import { refreshArticle } from "@/lib/db/article-import";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema }, ({ user, params }) => refreshArticle(user, params.id));
