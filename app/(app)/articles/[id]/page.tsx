import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/articles/article-reader";
import { ClaimList } from "@/components/articles/claim-list";
import { formatDate } from "@/components/ui/format-date";
import { requirePageUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/db/articles";
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
  return (
    <main className="page">
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
      <div className="reader-layout">
        <article className="card" lang={article.language}>
          <ArticleReader article={article} />
        </article>
        <aside aria-label="Claims">
          <h2 style={{ marginTop: 0 }}>Claims ({article.claims.length})</h2>
          <ClaimList article={article} />
        </aside>
      </div>
    </main>
  );
}
