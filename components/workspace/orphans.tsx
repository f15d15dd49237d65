"use client";
// Orphans in the workspace: the claims whose words are no longer in the current text (kept, never
// deleted), listed at the top of the side panel; the banner shown while the journalist selects the
// words an orphan is about now; and the sentence that sums up what a new revision did to the claims.
import type { ClaimDetail } from "@/lib/db/claim-view";
import type { RevisionResult } from "@/lib/db/revisions";
import { actorShortLabel } from "@/lib/domain/default-actors";

export function OrphansList({ orphans, numbers, onShow }: { orphans: ClaimDetail[]; numbers: Map<string, number>; onShow: (claimId: string) => void }) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-labelledby="orphans-heading">
      <h3 id="orphans-heading">Orphans ({orphans.length})</h3>
      <p className="muted">Their words are no longer in the text. Open one and re-attach it to the words it is about now.</p>
      <ul>
        {orphans.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="button-link" onClick={() => onShow(claim.id)}>
              {actorShortLabel(claim.actor.name)} {numbers.get(claim.id)}: “{claim.exact.length > 60 ? `${claim.exact.slice(0, 59)}…` : claim.exact}”
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

type BannerProps = { claim: ClaimDetail; number: number; canAttach: boolean; busy: boolean; onAttach: () => void; onCancel: () => void };

export function ReattachBanner({ claim, number, canAttach, busy, onAttach, onCancel }: BannerProps) {
  return (
    <div className="alert alert-info rebut-banner" role="status">
      Select the words {claim.actor.name} {number} is about now (it was “{claim.exact.length > 60 ? `${claim.exact.slice(0, 59)}…` : claim.exact}”), then attach it.{" "}
      <button type="button" className="button" disabled={!canAttach || busy} onClick={onAttach}>
        Attach here
      </button>{" "}
      <button type="button" className="button button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function revisionNotice({ revision, claims }: RevisionResult): string {
  const parts = [`Saved as revision ${revision.number}.`, `${claims.exact + claims.moved} claims followed the text`];
  if (claims.fuzzy.length) parts.push(`${claims.fuzzy.length} had their words changed (flagged to check)`);
  if (claims.orphaned.length) parts.push(`${claims.orphaned.length} lost their words and are listed as orphans`);
  return `${parts[0]} ${parts.slice(1).join("; ")}.`;
}
