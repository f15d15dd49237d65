"use client";
// The verdict on one claim, in the claim panel: draft or edit it (summary, rating, rationale, the
// links and evidence it relies on), submit it for review, and, for a reviewer who neither wrote nor
// edited it, approve it or send it back with a comment; an admin reopens an approved one. If someone
// saved first (409), their version is shown beside ours and ours can be re-applied on top of it.
import { useState } from "react";
import { approveVerdictAction, reopenVerdictAction, requestChangesAction, saveVerdictAction, submitVerdictAction } from "@/lib/actions/verdicts";
import type { ActionResult } from "@/lib/actions/action-result";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { allowedActions } from "@/lib/domain/verdict-workflow";
import type { DocNode } from "@/lib/editor/canonical-text";
import type { ClaimDetail } from "@/lib/db/claim-view";
import type { RatingView } from "@/lib/db/ratings";
import type { VerdictView } from "@/lib/db/verdicts";
import { VERDICT_LIMITS } from "@/lib/validation/limits";
import { DocumentEditor } from "@/components/ui/document-editor";
import { RichText } from "@/components/ui/rich-text";
import { VerdictBadge } from "@/components/ui/verdict-badge";

type Notice = { kind: "info" | "error"; text: string };
export type RunAction = <T>(action: () => Promise<ActionResult<T>>, success?: (data: T) => Notice | null) => Promise<ActionResult<T>>;

type Props = {
  claim: ClaimDetail;
  verdict: VerdictView | undefined;
  ratings: RatingView[];
  user: SessionUser;
  /** How a link reads from this claim ("Rebutted by Azerbaijan 2"), for choosing what the verdict relies on. */
  linkLabel: (link: ClaimDetail["links"][number]) => string;
  busy: boolean;
  run: RunAction;
};

type Draft = { claimSummary: string; rating: string; rationale: DocNode | null; reliesOnLinkIds: string[]; reliesOnEvidenceIds: string[] };

const draftOf = (verdict: VerdictView | undefined): Draft => ({
  claimSummary: verdict?.claimSummary ?? "",
  rating: verdict?.rating?.key ?? "",
  rationale: verdict?.rationale ?? null,
  reliesOnLinkIds: verdict?.reliesOnLinkIds ?? [],
  reliesOnEvidenceIds: verdict?.reliesOnEvidenceIds ?? [],
});

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((item) => item !== id) : [...list, id]);

const sameDraft = (a: Draft, b: Draft): boolean => JSON.stringify(a) === JSON.stringify(b);

export function VerdictForm({ claim, verdict, ratings, user, linkLabel, busy, run }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(verdict));
  // The version this form edits. Others' changes arrive live (the workspace refreshes): an untouched
  // form follows them, one with unsaved changes keeps its version, so saving is refused (409) and shows
  // theirs beside ours, never overwrites them silently nor throws the typing away.
  const [base, setBase] = useState<VerdictView | undefined>(verdict);
  const unsaved = !sameDraft(draft, draftOf(base));
  if (verdict?.version !== base?.version && !unsaved) {
    setBase(verdict);
    setDraft(draftOf(verdict));
  }
  const changedMeanwhile = verdict?.version !== base?.version;
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  /** Their version, after a save of ours was refused because they saved first. */
  const [theirs, setTheirs] = useState<VerdictView | null>(null);
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const id = (name: string) => `verdict-${name}-${claim.id}`;

  const status = verdict?.status;
  const actions = status ? allowedActions(status) : [];
  const editable = !verdict ? can(user, "verdict:draft") : actions.includes("edit") && can(user, "verdict:edit", { authorId: verdict.author.id });
  const mayDecide = verdict && actions.includes("approve") && can(user, "verdict:approve", { authorId: verdict.author.id, editorIds: verdict.editorIds });
  const mayReopen = verdict && actions.includes("reopen") && can(user, "verdict:reopen");

  const remember = <T,>(result: ActionResult<T>) => {
    setFieldErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
    if (!result.ok && result.error.code === "CONFLICT" && result.error.current) setTheirs(result.error.current as VerdictView);
    return result;
  };

  const save = async (thenSubmit: boolean, basedOn = theirs ?? base) => {
    const saved = remember(
      await run(
        () => saveVerdictAction({ claimId: claim.id, verdict: { ...draft, rating: draft.rating, ...(basedOn ? { version: basedOn.version } : {}) } }),
        () => (thenSubmit ? null : { kind: "info", text: "Verdict saved as a draft." }),
      ),
    );
    if (!saved.ok) return;
    setTheirs(null);
    setBase(saved.data);
    setDraft(draftOf(saved.data));
    if (!thenSubmit) return;
    const submitted = remember(await run(() => submitVerdictAction({ verdictId: saved.data.id, version: saved.data.version }), () => ({ kind: "info", text: "Verdict submitted for review." })));
    if (submitted.ok) setBase(submitted.data);
  };

  return (
    <div className="verdict-panel">
      <h3 className="verdict-heading">
        Verdict {verdict ? <VerdictBadge status={verdict.status} rating={verdict.rating} /> : <span className="muted">none yet</span>}
      </h3>
      {verdict && (
        <p className="muted">
          Drafted by {verdict.author.name}
          {verdict.reviewer && <> · decided by {verdict.reviewer.name}</>} · <a href={`/verdicts/${verdict.id}`}>history</a>
        </p>
      )}
      {verdict?.lastComment && (verdict.status === "changes_requested" || verdict.status === "draft") && (
        <p className="verdict-comment">
          <strong>{verdict.status === "changes_requested" ? "Changes requested:" : "Note:"}</strong> {verdict.lastComment}
        </p>
      )}

      {changedMeanwhile && !theirs && (
        <p className="alert alert-info" role="note">
          Someone changed this verdict while you were editing it. Your changes are kept: saving shows their version first.
        </p>
      )}
      {theirs && (
        <div className="alert alert-error" role="alert">
          <p>
            {theirs.author.name === user.name ? "This verdict" : `${theirs.author.name}'s verdict`} changed while you were editing. Their version: <VerdictBadge status={theirs.status} rating={theirs.rating} />{" "}
            {theirs.claimSummary && <>“{theirs.claimSummary}”</>}
          </p>
          <RichText doc={theirs.rationale} />
          <p>Your changes are still in the form below.</p>
          <button type="button" className="button" disabled={busy || !allowedActions(theirs.status).includes("edit")} onClick={() => void save(false, theirs)}>
            Re-apply my changes on top of theirs
          </button>
        </div>
      )}

      {editable ? (
        <form
          className="panel-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save(false);
          }}
        >
          <div className="field">
            <label htmlFor={id("summary")}>What is checked (one line)</label>
            <input id={id("summary")} value={draft.claimSummary} maxLength={VERDICT_LIMITS.claimSummary} onChange={(event) => setDraft({ ...draft, claimSummary: event.target.value })} />
            {fieldErrors["verdict.claimSummary"] && <p className="field-error">{fieldErrors["verdict.claimSummary"]}</p>}
          </div>
          <fieldset className="field rating-choices">
            <legend>Rating</legend>
            {ratings.map((rating) => (
              <label key={rating.key} className="rating-choice">
                <input type="radio" name={id("rating")} value={rating.key} checked={draft.rating === rating.key} onChange={() => setDraft({ ...draft, rating: rating.key })} />
                <span className="rating-chip" style={{ backgroundColor: rating.color }}>
                  {rating.label}
                </span>
                <span className="muted">{rating.definition}</span>
              </label>
            ))}
            {(fieldErrors["verdict.rating"] || fieldErrors.rating) && <p className="field-error">{fieldErrors["verdict.rating"] ?? fieldErrors.rating}</p>}
          </fieldset>
          <div className="field">
            <span className="label" id={id("rationale-label")}>
              Rationale
            </span>
            <DocumentEditor id={id("rationale")} labelledBy={id("rationale-label")} initial={draft.rationale} onChange={(doc) => setDraft((current) => ({ ...current, rationale: doc }))} />
            {(fieldErrors["verdict.rationale"] || fieldErrors.rationale) && <p className="field-error">{fieldErrors["verdict.rationale"] ?? fieldErrors.rationale}</p>}
          </div>
          {(claim.links.length > 0 || claim.evidence.length > 0) && (
            <fieldset className="field">
              <legend>Relies on</legend>
              {claim.links.map((link) => (
                <label key={link.id} className="check-choice">
                  <input type="checkbox" checked={draft.reliesOnLinkIds.includes(link.id)} onChange={() => setDraft({ ...draft, reliesOnLinkIds: toggle(draft.reliesOnLinkIds, link.id) })} /> {linkLabel(link)}
                </label>
              ))}
              {claim.evidence.map((item) => (
                <label key={item.id} className="check-choice">
                  <input type="checkbox" checked={draft.reliesOnEvidenceIds.includes(item.id)} onChange={() => setDraft({ ...draft, reliesOnEvidenceIds: toggle(draft.reliesOnEvidenceIds, item.id) })} /> {item.title || item.url}
                </label>
              ))}
            </fieldset>
          )}
          <div className="form-row">
            <button type="submit" className="button button-secondary" disabled={busy || !draft.rating}>
              Save draft
            </button>
            <button type="button" className="button" disabled={busy || !draft.rating} onClick={() => void save(true)}>
              {status === "changes_requested" ? "Save and resubmit" : "Save and submit for review"}
            </button>
          </div>
          {!draft.rating && <p className="field-hint">Choose a rating to save.</p>}
        </form>
      ) : (
        verdict && (
          <>
            {verdict.claimSummary && <p>“{verdict.claimSummary}”</p>}
            <RichText doc={verdict.rationale} />
          </>
        )
      )}

      {verdict && status === "in_review" && !editable && !mayDecide && <p className="muted">{verdict.editorIds.includes(user.id) ? "In review: someone else decides on a verdict you wrote or edited." : "In review."}</p>}
      {verdict && mayDecide && (
        <div className="panel-form">
          <div className="form-row">
            <button type="button" className="button" disabled={busy} onClick={() => void run(() => approveVerdictAction({ verdictId: verdict.id, version: verdict.version }), () => ({ kind: "info", text: "Verdict approved." })).then(remember)}>
              Approve
            </button>
          </div>
          <div className="field">
            <label htmlFor={id("comment")}>What needs to change</label>
            <textarea id={id("comment")} rows={2} value={comment} maxLength={VERDICT_LIMITS.comment} onChange={(event) => setComment(event.target.value)} />
          </div>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || !comment.trim()}
            onClick={() => void run(() => requestChangesAction({ verdictId: verdict.id, version: verdict.version, comment }), () => ({ kind: "info", text: "Sent back with your comment." })).then(remember)}
          >
            Request changes
          </button>
        </div>
      )}
      {verdict && mayReopen && (
        <div className="panel-form">
          <div className="field">
            <label htmlFor={id("reason")}>Reason to reopen</label>
            <input id={id("reason")} value={reason} maxLength={VERDICT_LIMITS.comment} onChange={(event) => setReason(event.target.value)} />
          </div>
          <button type="button" className="button button-secondary" disabled={busy || !reason.trim()} onClick={() => void run(() => reopenVerdictAction({ verdictId: verdict.id, reason, version: verdict.version }), () => ({ kind: "info", text: "Verdict reopened." })).then(remember)}>
            Reopen
          </button>
        </div>
      )}
    </div>
  );
}
