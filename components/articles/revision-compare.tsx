// Two revisions side by side, each with the claims placed in it highlighted in the actor's colour
// (and labelled, so colour is not the only cue), then the word-by-word changes between them.
import { actorShortLabel } from "@/lib/domain/default-actors";
import { highlightSegments, paragraphRanges } from "@/lib/domain/highlight-segments";
import { condenseDiff } from "@/lib/domain/word-diff";
import type { RevisionSide } from "@/lib/db/revisions";
import { WordDiffView } from "@/components/ui/word-diff-view";

function RevisionText({ side, label }: { side: RevisionSide; label: string }) {
  const ranges = side.claims.map((claim) => ({ id: claim.claimId, start: claim.start, end: claim.end }));
  const byId = new Map(side.claims.map((claim) => [claim.claimId, claim]));
  return (
    <section className="revision-side" aria-label={label}>
      <h4>{label}</h4>
      <p className="muted">{side.claims.length} claims placed</p>
      {paragraphRanges(side.text).map((paragraph) => (
        <p key={paragraph.start}>
          {highlightSegments(side.text, ranges, paragraph.start, paragraph.end).map((segment) => {
            if (segment.ids.length === 0) return <span key={segment.start}>{segment.text}</span>;
            const claim = byId.get(segment.ids[segment.ids.length - 1])!;
            const endsHere = segment.ids.filter((id) => byId.get(id)!.end === segment.end);
            return (
              <span key={segment.start}>
                <mark style={{ backgroundColor: `${claim.actor.color}26`, borderBottom: `3px solid ${claim.actor.color}` }}>{segment.text}</mark>
                {endsHere.map((id) => (
                  <sup key={id} className="claim-label" style={{ backgroundColor: byId.get(id)!.actor.color }}>
                    {actorShortLabel(byId.get(id)!.actor.name)}
                  </sup>
                ))}
              </span>
            );
          })}
        </p>
      ))}
    </section>
  );
}

export function RevisionCompare({ from, to, diff }: { from: RevisionSide; to: RevisionSide; diff: Parameters<typeof condenseDiff>[0] }) {
  return (
    <div className="card revision-compare">
      <h3>
        Revision {from.number} → {to.number}
      </h3>
      <div className="revision-sides">
        <RevisionText side={from} label={`Revision ${from.number}`} />
        <RevisionText side={to} label={`Revision ${to.number}`} />
      </div>
      <h4>What changed</h4>
      <WordDiffView parts={condenseDiff(diff)} label={`Changes from revision ${from.number} to ${to.number}`} />
    </div>
  );
}
