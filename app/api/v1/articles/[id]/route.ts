// GET /api/v1/articles/:id: the article, its canonical text and its claims with links, evidence, verdicts.
import { apiRoute } from "@/lib/http/api-route";
import { getArticle } from "@/lib/db/articles";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, ({ user, params }) => getArticle(user, params.id));
