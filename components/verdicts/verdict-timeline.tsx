// A verdict's history, oldest first: who did what and when, the status it moved from and to, the
// reviewer's comment or the reason to reopen, and what each edit changed (ratings by their current
// labels, the rationale as a word diff of its plain text).
import type { VerdictHistoryEntry } from "@/lib/db/verdicts";
import { verdictStatusLabel } from "@/lib/domain/verdict-workflow";
import type { VerdictChanges } from "@/lib/domain/verdict-changes";
import { diffWords, hasWordChanges } from "@/lib/domain/word-diff";
import { docToCanonicalText, type DocNode } from "@/lib/editor/canonical-text";
import { formatDateTime } from "@/components/ui/format-date";
import { WordDiffView } from "@/components/ui/word-diff-view";

const ACTION_LABELS: Record<VerdictHistoryEntry["action"], string> = {
  create: "Drafted the verdict",
  edit: "Edited the verdict",
  submit: "Submitted it for review",
  approve: "Approved it",
  "request-changes": "Requested changes",
  reopen: "Reopened it",
};

const plainTextOf = (doc: unknown) => (doc && typeof doc === "object" ? docToCanonicalText(doc as DocNode) : "");

const count = (ids: readonly string[], one: string, many: string) => (ids.length === 1 ? `1 ${one}` : `${ids.length} ${many}`);

/** `ratingLabels`: key -> the rating's label now (a rating deleted since shows its key). */
function ChangeList({ entry, changes, ratingLabels }: { entry: VerdictHistoryEntry; changes: VerdictChanges; ratingLabels: Map<string, string> }) {
  const rating = (key: string | null) => (key === null ? "none" : (ratingLabels.get(key) ?? key));
  const first = entry.action === "create";
  const rationaleDiff = changes.rationale && !first ? diffWords(plainTextOf(changes.rationale.from), plainTextOf(changes.rationale.to)) : null;
  return (
    <ul className="timeline-changes">
      {changes.claimSummary && (
        <li>
          Summary: {first ? <q>{changes.claimSummary.to}</q> : <><q>{changes.claimSummary.from || "none"}</q> → <q>{changes.claimSummary.to || "none"}</q></>}
        </li>
      )}
      {changes.rating && <li>Rating: {first ? rating(changes.rating.to) : `${rating(changes.rating.from)} → ${rating(changes.rating.to)}`}</li>}
      {changes.rationale && first && <li>Rationale written</li>}
      {rationaleDiff && (
        <li>
          Rationale {hasWordChanges(rationaleDiff) ? "changed:" : "reformatted (same words)"}
          {hasWordChanges(rationaleDiff) && <WordDiffView parts={rationaleDiff} label="Changes to the rationale" />}
        </li>
      )}
      {changes.reliesOnLinkIds && <li>Relies on {count(changes.reliesOnLinkIds.to, "link", "links")}{first ? "" : ` (was ${changes.reliesOnLinkIds.from.length})`}</li>}
      {changes.reliesOnEvidenceIds && <li>Relies on {count(changes.reliesOnEvidenceIds.to, "piece of evidence", "pieces of evidence")}{first ? "" : ` (was ${changes.reliesOnEvidenceIds.from.length})`}</li>}
    </ul>
  );
}

export function VerdictTimeline({ entries, ratingLabels }: { entries: VerdictHistoryEntry[]; ratingLabels: Map<string, string> }) {
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className={`timeline-entry timeline-${entry.action}`}>
          <p className="timeline-what">
            <strong>{entry.by.name}</strong> · {ACTION_LABELS[entry.action]}
            <span className="timeline-status">
              {" · "}
              {entry.fromStatus && entry.fromStatus !== entry.toStatus ? (
                <>
                  {verdictStatusLabel(entry.fromStatus)} → {verdictStatusLabel(entry.toStatus)}
                </>
              ) : (
                verdictStatusLabel(entry.toStatus)
              )}
            </span>
          </p>
          <p className="muted timeline-when">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.comment && (
            <blockquote className="reviewer-comment">
              <span className="reviewer-comment-who">{entry.action === "reopen" ? "Reason:" : "Comment:"}</span> {entry.comment}
            </blockquote>
          )}
          {entry.changes && <ChangeList entry={entry} changes={entry.changes} ratingLabels={ratingLabels} />}
        </li>
      ))}
    </ol>
  );
}
