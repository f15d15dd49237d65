// GET /api/v1/articles?q=&limit=&cursor=: the article list.
import { apiRoute } from "@/lib/http/api-route";
import { listArticles } from "@/lib/db/articles";
import { listArticlesQuerySchema } from "@/lib/validation/article";

export const GET = apiRoute({ query: listArticlesQuerySchema }, ({ user, query }) => listArticles(user, query));
