// A verdict as a reviewer reads it: the claim it judges (quote, actor, article), the one-line
// summary, the rating with its definition, who wrote it and the rationale. No hooks, so the review
// queue (a client component) and the verdict's history page (a server component) both render it.
import Link from "next/link";
import type { VerdictView } from "@/lib/db/verdicts";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { RichText } from "@/components/ui/rich-text";
import { formatDateTime } from "@/components/ui/format-date";

/** The claim in its article's workspace, selected. */
export const claimHref = (verdict: Pick<VerdictView, "articleId" | "claimId">) => `/articles/${verdict.articleId}?claim=${verdict.claimId}`;

/** What a verdict is called in headings and messages: its summary, else the start of the quote. */
export function verdictTitle(verdict: Pick<VerdictView, "claimSummary" | "claim">): string {
  if (verdict.claimSummary) return verdict.claimSummary;
  const quote = verdict.claim.exact;
  return `“${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}”`;
}

export function RatingChip({ rating }: { rating: { label: string; color: string } }) {
  return (
    <span className="rating-chip" style={{ backgroundColor: rating.color }}>
      {rating.label}
    </span>
  );
}

export function VerdictDetails({ verdict, showReviewer = false }: { verdict: VerdictView; showReviewer?: boolean }) {
  const { actor } = verdict.claim;
  return (
    <div className="verdict-details">
      <p className="verdict-claim-source">
        <span className="claim-label" style={{ backgroundColor: actor.color }}>
          {actorShortLabel(actor.name)}
        </span>{" "}
        <strong>{actor.name}</strong> in <Link href={claimHref(verdict)}>{verdict.articleTitle}</Link>
      </p>
      <blockquote className="verdict-quote">“{verdict.claim.exact}”</blockquote>
      <dl className="verdict-facts">
        <div>
          <dt>Claim summary</dt>
          <dd>{verdict.claimSummary || <span className="muted">not written yet</span>}</dd>
        </div>
        <div>
          <dt>Rating</dt>
          <dd>
            {verdict.rating ? (
              <>
                <RatingChip rating={verdict.rating} /> <span className="rating-definition">{verdict.rating.definition}</span>
              </>
            ) : (
              <span className="muted">none yet</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Author</dt>
          <dd>
            {verdict.author.name}
            {verdict.editorIds.length > 1 && <span className="muted"> (and {verdict.editorIds.length - 1} more editing)</span>}
          </dd>
        </div>
        {showReviewer && (
          <div>
            <dt>Reviewer</dt>
            <dd>
              {verdict.reviewer ? (
                <>
                  {verdict.reviewer.name}
                  {verdict.decidedAt && <span className="muted"> · {formatDateTime(verdict.decidedAt)}</span>}
                </>
              ) : (
                <span className="muted">nobody has decided yet</span>
              )}
            </dd>
          </div>
        )}
      </dl>
      <div className="verdict-rationale">
        <h3 className="verdict-rationale-heading">Rationale</h3>
        {verdict.rationale ? <RichText doc={verdict.rationale} /> : <p className="muted">Not written yet.</p>}
      </div>
    </div>
  );
}
