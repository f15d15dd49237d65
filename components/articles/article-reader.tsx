// Read-only view of an article: paragraphs with claims highlighted in their actor's colour.
// Each highlight also carries the actor's short label, so colour is never the only cue.
import { actorShortLabel } from "@/lib/domain/default-actors";
import { highlightSegments, paragraphRanges } from "@/lib/domain/highlight-segments";
import type { ArticleDetail } from "@/lib/db/articles";

export function ArticleReader({ article }: { article: ArticleDetail }) {
  const placed = article.claims.filter((claim) => claim.anchorStatus !== "orphaned");
  const byId = new Map(placed.map((claim) => [claim.id, claim]));
  const number = new Map(article.claims.map((claim, index) => [claim.id, index + 1]));
  return (
    <div className="article-text">
      {paragraphRanges(article.text).map((paragraph) => (
        <p key={paragraph.start}>
          {highlightSegments(article.text, placed, paragraph.start, paragraph.end).map((segment) => {
            if (segment.ids.length === 0) return <span key={segment.start}>{segment.text}</span>;
            // The innermost (shortest) claim gives the colour; outer ones show as underlines.
            const claims = segment.ids.map((id) => byId.get(id)!).sort((a, b) => a.end - a.start - (b.end - b.start));
            const inner = claims[0];
            const endsHere = claims.filter((claim) => claim.end === segment.end);
            return (
              <mark
                key={segment.start}
                className="claim-highlight"
                style={{ backgroundColor: `${inner.actor.color}26`, borderBottom: `3px solid ${inner.actor.color}`, boxShadow: claims.length > 1 ? `0 3px 0 0 ${claims[1].actor.color}` : undefined }}
                title={claims.map((claim) => `#${number.get(claim.id)} ${claim.actor.name}`).join(", ")}
              >
                {segment.text}
                {endsHere.map((claim) => (
                  <sup key={claim.id} className="claim-label" style={{ backgroundColor: claim.actor.color }}>
                    {actorShortLabel(claim.actor.name)} {number.get(claim.id)}
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
