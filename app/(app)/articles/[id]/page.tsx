import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Workspace } from "@/components/workspace/workspace";
import { formatDate } from "@/components/ui/format-date";
import { requirePageUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/db/articles";
import { listActors } from "@/lib/db/actors";
import { isAppError } from "@/lib/errors/app-error";
import { idSchema } from "@/lib/validation/id";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  if (!idSchema.safeParse(id).success) notFound();
  const article = await getArticle(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const actors = await listActors(user);
  return (
    <main className="page page-wide">
      <div className="page-header">
        <div>
          <h1>{article.title}</h1>
          <p className="lede">
            {article.source || "Unknown source"}
            {article.publishedAt && <> · {formatDate(article.publishedAt)}</>}
            {article.url && (
              <>
                {" · "}
                <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                  original
                </a>
              </>
            )}
          </p>
        </div>
      </div>
      <Workspace article={article} actors={actors} />
    </main>
  );
}
