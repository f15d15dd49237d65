"use client";
// One claim in the side panel: who, what, how attributed, its links both ways and its evidence.
import Link from "next/link";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { ATTRIBUTION_LABELS, LINK_KIND_LABELS, type Attribution, type LinkKind } from "@/lib/domain/claim-types";
import type { ClaimDetail } from "@/lib/db/claim-view";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { SameClaimContext } from "@/lib/db/same-claim-context";
import { ratedPhrase } from "./same-claim-proposals";

type Props = {
  claim: ClaimDetail;
  number: number;
  byId: Map<string, ClaimDetail>;
  numbers: Map<string, number>;
  selected: boolean;
  onSelect: () => void;
  verdict?: { status: string; rating: { label: string; color: string } | null; quoteChangedAt?: string | null };
  /** What the claim's anchoring says after the text changed (moved, changed words, orphaned), with its actions. */
  anchorFlag?: React.ReactNode;
  /** The same statement linked in other articles, with their approved verdicts as context. */
  sameClaims?: SameClaimContext[];
  /** Given for the selected claim: a Remove button on each link and piece of evidence. */
  onRemoveLink?: (linkId: string) => void;
  onRemoveEvidence?: (evidenceId: string) => void;
  children?: React.ReactNode;
};

/** How a link reads from `claim`: "Rebutted by Azerbaijan 2" (the other end may be in another article). */
export function linkLabel(claim: ClaimDetail, link: ClaimDetail["links"][number], byId: Map<string, ClaimDetail>, numbers: Map<string, number>): string {
  const outgoing = link.fromClaimId === claim.id;
  const other = byId.get(outgoing ? link.toClaimId : link.fromClaimId);
  const verb = LINK_KIND_LABELS[link.kind.toUpperCase() as LinkKind][outgoing ? "from" : "to"];
  return `${verb} ${other ? `${other.actor.name} ${numbers.get(other.id) ?? ""}`.trim() : "a claim in another article"}`;
}

function linkLines(claim: ClaimDetail, byId: Map<string, ClaimDetail>, numbers: Map<string, number>) {
  return claim.links.map((link) => {
    const other = byId.get(link.fromClaimId === claim.id ? link.toClaimId : link.fromClaimId);
    return { id: link.id, text: `${linkLabel(claim, link, byId, numbers)}${other ? `: “${other.exact.slice(0, 70)}${other.exact.length > 70 ? "…" : ""}”` : ""}` };
  });
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button-remove" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}

export function ClaimCard({ claim, number, byId, numbers, selected, onSelect, verdict, anchorFlag, sameClaims, onRemoveLink, onRemoveEvidence, children }: Props) {
  return (
    <li id={`claim-${claim.id}`} className={selected ? "claim-card is-selected" : "claim-card"} aria-current={selected ? "true" : undefined}>
      <button type="button" className="claim-card-select" onClick={onSelect} aria-expanded={selected}>
        <span className="claim-label" style={{ backgroundColor: claim.actor.color }}>
          {actorShortLabel(claim.actor.name)} {number}
        </span>{" "}
        <strong>{claim.actor.name}</strong> <span className="muted">· {ATTRIBUTION_LABELS[claim.attribution.toUpperCase() as Attribution]}</span>
        {claim.relayedBy && <span className="muted"> · via {claim.relayedBy.name}</span>}
      </button>
      <blockquote>“{claim.exact}”</blockquote>
      {selected && (
        <p className="claim-actor-link">
          {/* By id: the workspace's claims carry no slug; the actor page redirects to its slug. */}
          <Link href={`/actors/${claim.actor.id}`}>All claims by {claim.actor.name}, across articles</Link>
        </p>
      )}
      {verdict && <VerdictBadge status={verdict.status} rating={verdict.rating} />}
      {verdict?.quoteChangedAt && <p className="tag-warning">The quote changed since this verdict was last looked at: re-review it.</p>}
      {anchorFlag ?? (claim.anchorStatus === "orphaned" && <p className="tag-disabled">No longer found in the current text (kept as orphaned).</p>)}
      {claim.note && <p className="muted">{claim.note}</p>}
      {sameClaims?.map((context) => {
        const rated = ratedPhrase(context.approvedVerdict);
        return (
          <p key={context.linkId} className="same-claim-context">
            {rated ? <strong>{rated.charAt(0).toUpperCase() + rated.slice(1)}</strong> : "Same claim"} in{" "}
            <a href={`/articles/${context.other.articleId}?claim=${context.other.id}`}>{context.other.articleTitle}</a>
            {!rated && <span className="muted"> (no approved verdict there)</span>}
          </p>
        );
      })}
      {linkLines(claim, byId, numbers).map((line) => (
        <p key={line.id} className="claim-link-line">
          {line.text}
          {onRemoveLink && <RemoveButton label={`Remove link: ${line.text}`} onClick={() => onRemoveLink(line.id)} />}
        </p>
      ))}
      {claim.evidence.length > 0 && (
        <ul className="evidence-list" aria-label="Evidence">
          {claim.evidence.map((item) => (
            <li key={item.id}>
              <span className={`stance stance-${item.stance}`}>{item.stance}</span>{" "}
              <a href={item.url} target="_blank" rel="noopener noreferrer nofollow">
                {item.title || item.url}
              </a>
              {item.publisher && <span className="muted"> · {item.publisher}</span>}
              {onRemoveEvidence && <RemoveButton label={`Remove evidence: ${item.title || item.url}`} onClick={() => onRemoveEvidence(item.id)} />}
            </li>
          ))}
        </ul>
      )}
      {children}
    </li>
  );
}
