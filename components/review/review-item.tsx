"use client";
// One verdict in the reviewer queue: everything needed to decide on one screen, and the decision
// buttons for whoever may decide (four eyes: not its author or editors, not journalists); anyone
// else is told why not. "Request changes" opens a comment box: sending a verdict back needs a comment.
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import type { VerdictView } from "@/lib/db/verdicts";
import type { SessionUser } from "@/lib/domain/roles";
import { can } from "@/lib/auth/permissions";
import { VERDICT_LIMITS } from "@/lib/validation/limits";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { FormButtons } from "@/components/ui/form-buttons";
import { formatDateTime } from "@/components/ui/format-date";
import { VerdictDetails, verdictTitle } from "@/components/verdicts/verdict-details";

/** Why `user` may not approve or send back `verdict`, or null when they may. */
export function decisionRefusal(user: SessionUser, verdict: Pick<VerdictView, "author" | "editorIds">): string | null {
  if (can(user, "verdict:approve", { authorId: verdict.author.id, editorIds: verdict.editorIds })) return null;
  if (user.role === "JOURNALIST") return "Only reviewers decide on verdicts.";
  if (verdict.author.id === user.id) return "You wrote this verdict: another reviewer decides on it.";
  if (verdict.editorIds.includes(user.id)) return "You edited this verdict: another reviewer decides on it.";
  return "You cannot decide on this verdict.";
}

type Props = {
  verdict: VerdictView;
  user: SessionUser;
  busy: boolean;
  commentOpen: boolean;
  onApprove: () => void;
  onOpenComment: () => void;
  onCloseComment: () => void;
  /** Sends the verdict back; resolves with the comment's error when the server refused the comment. */
  onRequestChanges: (comment: string) => Promise<{ fieldError?: string } | void>;
};

export function ReviewItem({ verdict, user, busy, commentOpen, onApprove, onOpenComment, onCloseComment, onRequestChanges }: Props) {
  const refusal = decisionRefusal(user, verdict);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const requestButton = useRef<HTMLButtonElement>(null);
  const id = (part: string) => `review-${verdict.id}-${part}`;
  const title = verdictTitle(verdict);

  useEffect(() => {
    if (commentOpen) commentRef.current?.focus();
  }, [commentOpen]);

  const close = () => {
    onCloseComment();
    setCommentError(null);
    // Keyboard users continue from the button that opened the box.
    requestAnimationFrame(() => requestButton.current?.focus());
  };

  async function send() {
    if (!comment.trim()) {
      setCommentError("Say what needs to change.");
      commentRef.current?.focus();
      return;
    }
    setCommentError(null);
    const outcome = await onRequestChanges(comment);
    if (outcome?.fieldError) {
      setCommentError(outcome.fieldError);
      commentRef.current?.focus();
    }
  }

  return (
    <article className="card review-item" id={id("item")} data-review-item={verdict.id} tabIndex={-1} aria-labelledby={id("title")}>
      <div className="review-item-header">
        <h2 id={id("title")} className="review-item-title">
          {title}
        </h2>
        <VerdictBadge status={verdict.status} rating={verdict.rating} />
        {verdict.quoteChangedAt && <p className="tag-warning">The article changed under this claim since the verdict was written: check the quote.</p>}
      </div>
      <p className="muted review-item-meta">
        By {verdict.author.name} · submitted {formatDateTime(verdict.updatedAt)} · <Link href={`/verdicts/${verdict.id}`}>History</Link>
      </p>
      <VerdictDetails verdict={verdict} />
      <div className="review-actions">
        {refusal ? (
          <p className="review-refusal">{refusal}</p>
        ) : (
          <>
            <button className="button" type="button" disabled={busy} onClick={onApprove}>
              Approve<span className="visually-hidden"> {title}</span>
            </button>
            <button ref={requestButton} className="button button-secondary" type="button" disabled={busy} aria-expanded={commentOpen} aria-controls={commentOpen ? id("comment-form") : undefined} onClick={commentOpen ? close : onOpenComment}>
              Request changes<span className="visually-hidden"> to {title}</span>
            </button>
          </>
        )}
      </div>
      {commentOpen && !refusal && (
        <form
          id={id("comment-form")}
          className="review-comment-form"
          aria-label={`Request changes to ${title}`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
        >
          <div className="field">
            <label htmlFor={id("comment")}>What needs to change?</label>
            <textarea
              ref={commentRef}
              id={id("comment")}
              rows={3}
              required
              maxLength={VERDICT_LIMITS.comment}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                if (commentError && event.target.value.trim()) setCommentError(null);
              }}
              aria-invalid={commentError ? true : undefined}
              aria-describedby={commentError ? `${id("comment-hint")} ${id("comment-error")}` : id("comment-hint")}
            />
            <span className="field-hint" id={id("comment-hint")}>
              {verdict.author.name} sees this comment with the verdict.
            </span>
            {commentError && (
              <span className="field-error" id={id("comment-error")}>
                {commentError}
              </span>
            )}
          </div>
          <FormButtons submitLabel={busy ? "Sending…" : "Send back"} busy={busy} onCancel={close} />
        </form>
      )}
    </article>
  );
}
