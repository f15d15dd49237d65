// GET /api/v1/articles?q=&limit=&cursor=: the article list. POST: a new article from pasted text.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { createArticle, listArticles } from "@/lib/db/articles";
import { createArticleSchema, listArticlesQuerySchema } from "@/lib/validation/article";

export const GET = apiRoute({ query: listArticlesQuerySchema }, ({ user, query }) => listArticles(user, query));

export const POST = apiRoute({ body: createArticleSchema }, async ({ user, body }) => created(await createArticle(user, body)));
