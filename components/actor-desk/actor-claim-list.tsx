// The actor's claims, newest first: the quote, who said it (when it is someone under the actor),
// the article and its date, the verdict, and a link to the claim in its article's workspace.
import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { ActorSummaryClaim } from "@/lib/db/actor-summary";

export function ActorClaimList({ claims, actorId, actorName }: { claims: ActorSummaryClaim[]; actorId: string; actorName: string }) {
  if (claims.length === 0) {
    return (
      <div className="empty-state">
        <strong>No claims attributed to {actorName} yet.</strong>
        <p>
          Tag a statement by {actorName} in one of the <Link href="/">articles</Link> and it appears here, with its verdict once one is drafted.
        </p>
      </div>
    );
  }
  return (
    <ol className="actor-claims">
      {claims.map((claim) => (
        <li key={claim.id} className="actor-claim">
          <blockquote>“{claim.exact}”</blockquote>
          <p className="actor-claim-meta">
            {claim.actor.id !== actorId && (
              <>
                <span className="chart-swatch" style={{ backgroundColor: claim.actor.color }} aria-hidden="true" />
                <Link href={`/actors/${claim.actor.slug}`}>{claim.actor.name}</Link>
                {" · "}
              </>
            )}
            <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>
              {claim.article.title}
              <span className="visually-hidden">: open this claim in the article</span>
            </Link>
            {" · "}
            <time dateTime={claim.reportedAt}>{formatDate(claim.reportedAt)}</time>
          </p>
          {claim.verdict ? <VerdictBadge status={claim.verdict.status} rating={claim.verdict.rating} /> : <span className="muted">Not checked yet</span>}
        </li>
      ))}
    </ol>
  );
}
