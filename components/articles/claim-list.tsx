// The claims of an article in reading order, with who rebuts whom.
import { actorShortLabel } from "@/lib/domain/default-actors";
import type { ArticleDetail } from "@/lib/db/articles";

export function ClaimList({ article }: { article: ArticleDetail }) {
  if (article.claims.length === 0) {
    return <p className="muted">No claims are tagged in this article yet.</p>;
  }
  const number = new Map(article.claims.map((claim, index) => [claim.id, index + 1]));
  return (
    <ol className="claim-list">
      {article.claims.map((claim) => {
        const rebuts = claim.links.filter((link) => link.kind === "rebuts" && link.fromClaimId === claim.id);
        const rebuttedBy = claim.links.filter((link) => link.kind === "rebuts" && link.toClaimId === claim.id);
        return (
          <li key={claim.id} id={`claim-${claim.id}`}>
            <span className="claim-label" style={{ backgroundColor: claim.actor.color }}>
              {actorShortLabel(claim.actor.name)} {number.get(claim.id)}
            </span>{" "}
            <strong>{claim.actor.name}</strong> <span className="muted">({claim.attribution.replace("_", " ")})</span>
            <blockquote>“{claim.exact}”</blockquote>
            {claim.anchorStatus === "orphaned" && <p className="tag-disabled">No longer found in the current text (kept as orphaned).</p>}
            {rebuts.length > 0 && <p className="muted">Rebuts {rebuts.map((link) => `#${number.get(link.toClaimId) ?? "?"}`).join(", ")}</p>}
            {rebuttedBy.length > 0 && <p className="muted">Rebutted by {rebuttedBy.map((link) => `#${number.get(link.fromClaimId) ?? "?"}`).join(", ")}</p>}
          </li>
        );
      })}
    </ol>
  );
}
