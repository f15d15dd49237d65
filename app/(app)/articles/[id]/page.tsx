import type { Metadata } from "next";
import { ArticleHeader } from "@/components/articles/article-header";
import { loadArticlePage } from "./load-article";
import { Workspace } from "@/components/workspace/workspace";
import { listActors } from "@/lib/db/actors";
import { listArticleVerdicts } from "@/lib/db/verdicts";
import { listRatings } from "@/lib/db/ratings";
import { listSameClaimContext } from "@/lib/db/same-claim-context";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string }> }) {
  const { user, article } = await loadArticlePage((await params).id);
  const [actors, verdicts, ratings, sameClaims] = await Promise.all([listActors(user), listArticleVerdicts(user, article.id), listRatings(user), listSameClaimContext(user, article.id)]);
  const requested = (await searchParams).claim;
  return (
    <main className="page">
      <ArticleHeader article={article} current="text" editable actors={actors.map(({ id, name }) => ({ id, name }))} />
      <Workspace article={article} actors={actors} verdicts={verdicts} ratings={ratings} user={user} sameClaims={sameClaims} initialClaimId={article.claims.some((claim) => claim.id === requested) ? requested : undefined} />
    </main>
  );
}
