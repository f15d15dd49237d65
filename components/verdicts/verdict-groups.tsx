// Verdicts grouped by state, the one that needs the author first: changes requested (with the
// reviewer's comment), drafts, in review, approved. Each links to its claim in the article and to
// its history; a group with more than one page links to its older verdicts.
import Link from "next/link";
import type { VerdictView } from "@/lib/db/verdicts";
import { verdictStatusLabel, type ApiVerdictStatus } from "@/lib/domain/verdict-workflow";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatDateTime } from "@/components/ui/format-date";
import { claimHref, verdictTitle } from "./verdict-details";

export const GROUP_ORDER = ["changes_requested", "draft", "in_review", "approved"] as const satisfies readonly ApiVerdictStatus[];

export type VerdictGroup = { status: ApiVerdictStatus; verdicts: VerdictView[]; olderHref: string | null };

const EMPTY: Record<ApiVerdictStatus, string> = {
  changes_requested: "Nothing sent back.",
  draft: "No drafts.",
  in_review: "Nothing waiting for a reviewer.",
  approved: "Nothing approved yet.",
};

function VerdictRow({ verdict, showAuthor }: { verdict: VerdictView; showAuthor: boolean }) {
  const { actor } = verdict.claim;
  return (
    <li className="verdict-row card">
      <div className="verdict-row-header">
        <h3 className="verdict-row-title">
          <Link href={claimHref(verdict)}>{verdictTitle(verdict)}</Link>
        </h3>
        <VerdictBadge status={verdict.status} rating={verdict.rating} />
      </div>
      <p className="verdict-row-claim">
        <span className="claim-label" style={{ backgroundColor: actor.color }}>
          {actorShortLabel(actor.name)}
        </span>{" "}
        {actor.name}: <q>{verdict.claim.exact}</q>
      </p>
      {verdict.status === "changes_requested" && verdict.lastComment && (
        <blockquote className="reviewer-comment">
          <span className="reviewer-comment-who">{verdict.reviewer ? `${verdict.reviewer.name} asks:` : "The reviewer asks:"}</span> {verdict.lastComment}
        </blockquote>
      )}
      <p className="muted verdict-row-meta">
        In {verdict.articleTitle}
        {showAuthor && <> · by {verdict.author.name}</>} · changed {formatDateTime(verdict.updatedAt)} ·{" "}
        <Link href={`/verdicts/${verdict.id}`}>
          History<span className="visually-hidden"> of {verdictTitle(verdict)}</span>
        </Link>
      </p>
    </li>
  );
}

export function VerdictGroups({ groups, showAuthor }: { groups: VerdictGroup[]; showAuthor: boolean }) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.status} className="verdict-group" aria-labelledby={`group-${group.status}`}>
          <h2 id={`group-${group.status}`}>
            {verdictStatusLabel(group.status)} <span className="muted">({group.verdicts.length}{group.olderHref ? "+" : ""})</span>
          </h2>
          {group.verdicts.length === 0 ? (
            <p className="muted">{EMPTY[group.status]}</p>
          ) : (
            <ul className="verdict-rows">
              {group.verdicts.map((verdict) => (
                <VerdictRow key={verdict.id} verdict={verdict} showAuthor={showAuthor} />
              ))}
            </ul>
          )}
          {group.olderHref && (
            <p>
              <Link href={group.olderHref}>
                Older<span className="visually-hidden"> {verdictStatusLabel(group.status).toLowerCase()} verdicts</span>…
              </Link>
            </p>
          )}
        </section>
      ))}
    </>
  );
}
