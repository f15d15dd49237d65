"use client";
// What a claim's anchoring says after the text changed: moved with the text, words changed ("was …
// now …"), or lost (orphaned, kept). Moved and changed claims wait for a "Looks right"; an orphan
// offers to be re-attached to the words it is about now.
import type { ClaimDetail } from "@/lib/db/claim-view";

type Props = { claim: ClaimDetail; busy: boolean; onConfirm: () => void; onReattach: () => void };

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

export function AnchorFlag({ claim, busy, onConfirm, onReattach }: Props) {
  if (claim.anchorStatus === "orphaned") {
    return (
      <div className="anchor-flag is-orphaned">
        <p>Not found in the current text: kept as an orphan.</p>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onReattach}>
          Re-attach…
        </button>
      </div>
    );
  }
  if (claim.anchorStatus !== "moved" && claim.anchorStatus !== "fuzzy" && !claim.previousExact) return null;
  return (
    <div className="anchor-flag">
      {claim.anchorStatus === "fuzzy" || claim.previousExact ? (
        <p>
          Text changed: was “{short(claim.previousExact ?? "")}”, now “{short(claim.exact)}”.
        </p>
      ) : (
        <p>The text around it changed; the claim moved with its words.</p>
      )}
      <button type="button" className="button button-secondary" disabled={busy} onClick={onConfirm}>
        Looks right
      </button>
    </div>
  );
}
