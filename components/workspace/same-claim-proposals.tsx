"use client";
// "Possibly the same claim as … in <article> (rated False on 26 March)": shown on the selected claim
// (so also right after it is tagged), from lib/db/claim-similarity through a server action. Link
// makes a SAME_CLAIM link through the usual link path; Dismiss hides a proposal for this visit.
import { useEffect, useState } from "react";
import { findSimilarClaimsAction } from "@/lib/actions/annotations";
import type { SimilarClaim } from "@/lib/db/claim-similarity";
import { formatDate } from "@/components/ui/format-date";

type Props = {
  claimId: string;
  /** Bumped by the workspace when its data changes (a link made elsewhere), so proposals are fetched again. */
  refreshKey: string;
  busy: boolean;
  dismissed: ReadonlySet<string>;
  onLink: (targetClaimId: string) => void;
  onDismiss: (targetClaimId: string) => void;
};

const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** "rated False on 26 Mar 2026", or nothing for a claim without an approved verdict. */
export function ratedPhrase(verdict: SimilarClaim["approvedVerdict"]): string {
  if (!verdict?.rating) return "";
  return `rated ${verdict.rating.label}${verdict.decidedAt ? ` on ${formatDate(verdict.decidedAt)}` : ""}`;
}

export function SameClaimProposals({ claimId, refreshKey, busy, dismissed, onLink, onDismiss }: Props) {
  const [proposals, setProposals] = useState<{ claimId: string; items: SimilarClaim[] } | null>(null);

  useEffect(() => {
    let current = true;
    void findSimilarClaimsAction({ claimId, limit: 3 }).then((result) => {
      // A failed look-up only means no proposal: the workspace works without it.
      if (current) setProposals({ claimId, items: result.ok ? result.data : [] });
    });
    return () => {
      current = false;
    };
  }, [claimId, refreshKey]);

  const shown = proposals?.claimId === claimId ? proposals.items.filter((item) => !dismissed.has(item.id)) : [];
  if (shown.length === 0) return null;
  return (
    <section className="same-claim-proposals" aria-label="Possibly the same claim">
      {shown.map((item) => {
        const rated = ratedPhrase(item.approvedVerdict);
        return (
          <div key={item.id} className="same-claim-proposal">
            <p>
              Possibly the same claim as <strong>{item.actor.name}</strong>: “{shorten(item.exact, 120)}” in <a href={`/articles/${item.article.id}?claim=${item.id}`}>{shorten(item.article.title, 80)}</a>
              {rated && ` (${rated})`}
            </p>
            <div className="form-row">
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => onLink(item.id)} aria-label={`Link as the same claim: ${shorten(item.exact, 60)}`}>
                Link
              </button>
              <button type="button" className="button button-quiet" onClick={() => onDismiss(item.id)} aria-label={`Dismiss: ${shorten(item.exact, 60)}`}>
                Dismiss
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
