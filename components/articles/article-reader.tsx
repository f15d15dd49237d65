// An article's text with its claims highlighted in their actor's colour, rendered from stand-off
// data so overlapping and nested claims all stay visible. Each highlight also carries the actor's
// short label and number, so colour is never the only cue. Every run of text carries its place in
// the canonical text (data-start/data-end), which is how the workspace maps a selection to offsets.
import { actorShortLabel } from "@/lib/domain/default-actors";
import { highlightSegments, paragraphRanges } from "@/lib/domain/highlight-segments";
import type { ClaimDetail } from "@/lib/db/claim-view";

type Props = {
  text: string;
  claims: ClaimDetail[];
  /** Claim number shown on labels and in the side panel (document order). */
  numbers: Map<string, number>;
  selectedClaimId?: string | null;
  onClaimClick?: (claimId: string) => void;
};

export function ArticleReader({ text, claims, numbers, selectedClaimId, onClaimClick }: Props) {
  const placed = claims.filter((claim) => claim.anchorStatus !== "orphaned");
  const byId = new Map(placed.map((claim) => [claim.id, claim]));
  return (
    <div className="article-text">
      {paragraphRanges(text).map((paragraph) => (
        <p key={paragraph.start}>
          {highlightSegments(text, placed, paragraph.start, paragraph.end).map((segment) => {
            if (segment.ids.length === 0) {
              return (
                <span key={segment.start} data-start={segment.start} data-end={segment.end}>
                  {segment.text}
                </span>
              );
            }
            // The innermost (shortest) claim gives the colour; an outer one shows as a second underline.
            const covering = segment.ids.map((id) => byId.get(id)!).sort((a, b) => a.end - a.start - (b.end - b.start));
            const inner = covering[0];
            const endsHere = covering.filter((claim) => claim.end === segment.end);
            const selected = selectedClaimId ? segment.ids.includes(selectedClaimId) : false;
            return (
              <mark
                key={segment.start}
                data-start={segment.start}
                data-end={segment.end}
                data-claims={segment.ids.join(" ")}
                className={selected ? "claim-highlight is-selected" : "claim-highlight"}
                style={{ backgroundColor: `${inner.actor.color}26`, borderBottom: `3px solid ${inner.actor.color}`, boxShadow: covering.length > 1 ? `0 3px 0 0 ${covering[1].actor.color}` : undefined }}
                title={covering.map((claim) => `#${numbers.get(claim.id)} ${claim.actor.name}`).join(", ")}
                onClick={onClaimClick ? () => onClaimClick(inner.id) : undefined}
              >
                {segment.text}
                {endsHere.map((claim) => (
                  <sup key={claim.id} data-skip="" className="claim-label" style={{ backgroundColor: claim.actor.color }}>
                    {actorShortLabel(claim.actor.name)} {numbers.get(claim.id)}
                  </sup>
                ))}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/** Claim numbers in document order, shared by the text labels and the side panel. */
export function claimNumbers(claims: ClaimDetail[]): Map<string, number> {
  return new Map([...claims].sort((a, b) => a.start - b.start || b.end - a.end).map((claim, index) => [claim.id, index + 1]));
}
