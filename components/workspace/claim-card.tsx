"use client";
// One claim in the side panel: who, what, how attributed, its links both ways and its evidence.
import { actorShortLabel } from "@/lib/domain/default-actors";
import { ATTRIBUTION_LABELS, LINK_KIND_LABELS, type Attribution, type LinkKind } from "@/lib/domain/claim-types";
import type { ClaimDetail } from "@/lib/db/claim-view";

type Props = {
  claim: ClaimDetail;
  number: number;
  byId: Map<string, ClaimDetail>;
  numbers: Map<string, number>;
  selected: boolean;
  onSelect: () => void;
  /** Given for the selected claim: a Remove button on each link and piece of evidence. */
  onRemoveLink?: (linkId: string) => void;
  onRemoveEvidence?: (evidenceId: string) => void;
  children?: React.ReactNode;
};

function linkLines(claim: ClaimDetail, byId: Map<string, ClaimDetail>, numbers: Map<string, number>) {
  return claim.links.map((link) => {
    const outgoing = link.fromClaimId === claim.id;
    const other = byId.get(outgoing ? link.toClaimId : link.fromClaimId);
    const verb = LINK_KIND_LABELS[link.kind.toUpperCase() as LinkKind][outgoing ? "from" : "to"];
    const who = other ? `${other.actor.name} ${numbers.get(other.id) ?? ""}`.trim() : "a claim in another article";
    return { id: link.id, text: `${verb} ${who}${other ? `: “${other.exact.slice(0, 70)}${other.exact.length > 70 ? "…" : ""}”` : ""}` };
  });
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button-remove" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}

export function ClaimCard({ claim, number, byId, numbers, selected, onSelect, onRemoveLink, onRemoveEvidence, children }: Props) {
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
      {claim.anchorStatus === "orphaned" && <p className="tag-disabled">No longer found in the current text (kept as orphaned).</p>}
      {claim.note && <p className="muted">{claim.note}</p>}
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
