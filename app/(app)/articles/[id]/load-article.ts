// The article pages' shared loader (text, map, history): the signed-in user and the article, or the not-found page.
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/db/articles";
import { isAppError } from "@/lib/errors/app-error";
import { idSchema } from "@/lib/validation/id";

export async function loadArticlePage(id: string) {
  const user = await requirePageUser();
  if (!idSchema.safeParse(id).success) notFound();
  const article = await getArticle(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { user, article };
}
