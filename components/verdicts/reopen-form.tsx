"use client";
// An admin takes an approved verdict back to draft, with a reason that joins its history. Sends the
// version shown: if the verdict changed meanwhile, the 409's message is shown and the page reloaded.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { reopenVerdictAction } from "@/lib/actions/verdicts";
import type { ActionResult } from "@/lib/actions/action-result";
import type { VerdictView } from "@/lib/db/verdicts";
import { VERDICT_LIMITS } from "@/lib/validation/limits";
import { FormButtons } from "@/components/ui/form-buttons";
import { FieldError, FormError } from "@/components/ui/form-error";

/** Rendered for admins whatever the status, so the confirmation outlives the refresh that makes the verdict a draft. */
export function ReopenForm({ verdictId, version, approved }: { verdictId: string; version: number; approved: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionResult<VerdictView> | null>(null);
  const [pending, startTransition] = useTransition();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);
  // The form that had focus is gone: the confirmation takes it.
  useEffect(() => {
    if (result?.ok) doneRef.current?.focus();
  }, [result]);

  const close = () => {
    setOpen(false);
    setResult(null);
    requestAnimationFrame(() => openButton.current?.focus());
  };

  function reopen() {
    if (!reason.trim()) {
      setResult({ ok: false, error: { code: "INVALID_INPUT", message: "Give a reason to reopen the verdict.", fieldErrors: { reason: "Give a reason to reopen the verdict." } } });
      reasonRef.current?.focus();
      return;
    }
    startTransition(async () => {
      const outcome = await reopenVerdictAction({ verdictId, reason, version });
      setResult(outcome);
      if (outcome.ok) {
        setOpen(false);
        setReason("");
      }
      // The history page is not among the pages the action refreshes: reload it (also after a 409, to show what changed).
      if (outcome.ok || outcome.error.code === "CONFLICT") router.refresh();
    });
  }

  const invalid = Boolean(result && !result.ok && result.error.fieldErrors?.reason);
  if (!approved && !result?.ok) return null;
  return (
    <div className="reopen">
      {result?.ok && (
        <p ref={doneRef} tabIndex={-1} className="alert alert-success" role="status">
          Reopened: the verdict is a draft again.
        </p>
      )}
      {!approved ? null : !open ? (
        <button ref={openButton} type="button" className="button button-danger" aria-expanded={false} onClick={() => setOpen(true)}>
          Reopen
        </button>
      ) : (
        <form
          className="card reopen-form"
          aria-label="Reopen this verdict"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            reopen();
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
        >
          <FormError state={result && !result.ok && !invalid ? result : null} />
          <div className="field">
            <label htmlFor="reopen-reason">Why reopen it?</label>
            <textarea
              ref={reasonRef}
              id="reopen-reason"
              rows={3}
              required
              maxLength={VERDICT_LIMITS.comment}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? "reopen-reason-hint reason-error" : "reopen-reason-hint"}
            />
            <span className="field-hint" id="reopen-reason-hint">
              The verdict goes back to draft; the reason is kept in its history.
            </span>
            <FieldError state={result} field="reason" />
          </div>
          <FormButtons submitLabel={pending ? "Reopening…" : "Reopen the verdict"} busy={pending} onCancel={close} />
        </form>
      )}
    </div>
  );
}
