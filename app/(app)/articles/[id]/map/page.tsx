import type { Metadata } from "next";
import { ArticleHeader } from "@/components/articles/article-header";
import { loadArticlePage } from "../load-article";
import { claimNumbers } from "@/lib/domain/claim-order";
import { ClaimMap } from "@/components/claim-map/claim-map";
import { layoutClaimMap } from "@/lib/domain/claim-map-layout";

export const metadata: Metadata = { title: "Claim map" };

export default async function ClaimMapPage({ params }: { params: Promise<{ id: string }> }) {
  const { article } = await loadArticlePage((await params).id);
  const numbers = claimNumbers(article.claims);
  const links = new Map(article.claims.flatMap((claim) => claim.links).map((link) => [link.id, link]));
  const layout = layoutClaimMap(
    article.claims.map((claim) => ({ id: claim.id, actorId: claim.actor.id, actorName: claim.actor.name, color: claim.actor.color, number: numbers.get(claim.id)!, exact: claim.exact })),
    [...links.values()],
  );
  return (
    <main className="page">
      <ArticleHeader article={article} current="map" />
      {article.claims.length === 0 ? (
        <div className="empty-state">
          <p>No claims yet. Tag statements in the text view and they appear here, grouped by who made them.</p>
        </div>
      ) : (
        <ClaimMap articleId={article.id} layout={layout} />
      )}
    </main>
  );
}
